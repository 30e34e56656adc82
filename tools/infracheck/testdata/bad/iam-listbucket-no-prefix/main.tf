data "aws_iam_policy_document" "workers" {
  statement {
    actions   = ["s3:ListBucket"]
    resources = ["arn:aws:s3:::example-data"]
  }
}
