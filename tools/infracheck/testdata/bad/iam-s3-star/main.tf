data "aws_iam_policy_document" "workers" {
  statement {
    actions   = ["s3:*"]
    resources = ["arn:aws:s3:::example-data/*"]
  }
}
