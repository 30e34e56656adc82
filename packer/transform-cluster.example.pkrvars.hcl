# Copy to transform-cluster.auto.pkrvars.hcl (ignored by git) and fill in:
#   packer init . && packer build -var-file=transform-cluster.auto.pkrvars.hcl .
aws_region                   = "eu-central-1"
subnet_id                    = "subnet-0123456789abcdef0"
transform_cluster_jar        = "../cli/target/transform-cluster.jar"
transform_cluster_jar_sha256 = "replace-with-the-output-of: sha256sum ../cli/target/transform-cluster.jar"
consul_version               = "1.20.2"
nomad_version                = "1.9.5"
ami_users                    = []

tags = {
  Owner = "platform-team"
}
