build {
  sources = ["source.amazon-ebs.node"]
}
