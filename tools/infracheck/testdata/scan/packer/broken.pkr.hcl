source "amazon-ebs" "x" {
  region = = "eu-west-1"
}
