resource "aws_iam_role_policy" "workers" {
  name = "everything"
  role = "workers"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "*"
      Resource = "*"
    }]
  })
}
