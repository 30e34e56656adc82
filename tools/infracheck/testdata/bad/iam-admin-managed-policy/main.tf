resource "aws_iam_role_policy_attachment" "workers" {
  role       = "workers"
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}
