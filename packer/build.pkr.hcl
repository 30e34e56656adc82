# Two images. Both: base packages, Consul and Nomad from verified releases, systemd
# units, and the boot-time configuration script run by the launch template's user data.
# The worker adds Java 17 and the transform-cluster jar (checksum verified twice: on
# the build host before upload and on the instance after).

locals {
  # Run every remote script as root with the given environment.
  sudo = "chmod +x {{ .Path }}; sudo -E env {{ .Vars }} {{ .Path }}"

  hashicorp_env = [
    "CONSUL_VERSION=${var.consul_version}",
    "NOMAD_VERSION=${var.nomad_version}",
    "HASHICORP_GPG_FINGERPRINT=${var.hashicorp_gpg_fingerprint}",
  ]
}

build {
  name    = "server"
  sources = ["source.amazon-ebs.server"]

  provisioner "shell" {
    inline = ["mkdir -p /tmp/tc-files"]
  }

  provisioner "file" {
    source      = "${path.root}/files/"
    destination = "/tmp/tc-files"
  }

  provisioner "file" {
    source      = "${path.root}/scripts/configure-node.sh"
    destination = "/tmp/tc-files/tc-configure-node"
  }

  provisioner "shell" {
    execute_command  = local.sudo
    environment_vars = local.hashicorp_env
    scripts = [
      "${path.root}/scripts/install-base.sh",
      "${path.root}/scripts/install-hashicorp.sh",
      "${path.root}/scripts/install-node-config.sh",
      "${path.root}/scripts/cleanup.sh",
    ]
  }

  post-processor "manifest" {
    output     = "${path.root}/packer-manifest.json"
    strip_path = true
  }
}

build {
  name    = "worker"
  sources = ["source.amazon-ebs.worker"]

  # Fetch (https) or copy (local path) the jar on the build host and check its digest.
  provisioner "shell-local" {
    environment_vars = [
      "ARTIFACT=${var.transform_cluster_jar}",
      "ARTIFACT_SHA256=${var.transform_cluster_jar_sha256}",
      "STAGE_DIR=${path.root}/.stage",
    ]
    script = "${path.root}/scripts/stage-artifact.sh"
  }

  provisioner "file" {
    source      = "${path.root}/.stage/transform-cluster.jar"
    destination = "/tmp/transform-cluster.jar"
  }

  provisioner "shell" {
    inline = ["mkdir -p /tmp/tc-files"]
  }

  provisioner "file" {
    source      = "${path.root}/files/"
    destination = "/tmp/tc-files"
  }

  provisioner "file" {
    source      = "${path.root}/scripts/configure-node.sh"
    destination = "/tmp/tc-files/tc-configure-node"
  }

  provisioner "shell" {
    execute_command  = local.sudo
    environment_vars = concat(local.hashicorp_env, ["ARTIFACT_SHA256=${var.transform_cluster_jar_sha256}"])
    scripts = [
      "${path.root}/scripts/install-base.sh",
      "${path.root}/scripts/install-hashicorp.sh",
      "${path.root}/scripts/install-java.sh",
      "${path.root}/scripts/install-transform-cluster.sh",
      "${path.root}/scripts/install-node-config.sh",
      "${path.root}/scripts/cleanup.sh",
    ]
  }

  post-processor "manifest" {
    output     = "${path.root}/packer-manifest.json"
    strip_path = true
  }
}
