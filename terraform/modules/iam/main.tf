# Two roles, one per kind of node. The servers may only discover their peers and read
# their own TLS/gossip material; the workers may in addition list and read the source
# prefix, write (and read back) the destination prefix, use the bucket keys and, with MSK,
# connect to the cluster with IAM. Both get SSM Session Manager through the AWS managed
# policy instead of SSH.

data "aws_partition" "current" {}
data "aws_region" "current" {}
data "aws_caller_identity" "current" {}

locals {
  partition = data.aws_partition.current.partition
  ssm_path  = "arn:${local.partition}:ssm:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}:parameter${var.tls_parameter_path}"

  source_objects      = "${var.source_bucket_arn}/${var.source_prefix}*"
  destination_objects = "${var.destination_bucket_arn}/${var.destination_prefix}*"

  # arn:aws:kafka:region:account:cluster/name/uuid -> topic/group/transactional-id ARNs.
  msk_arn_suffix = var.msk_cluster_arn == null ? "" : trimprefix(regex(":cluster/.*$", var.msk_cluster_arn), ":cluster/")
  msk_arn_base   = var.msk_cluster_arn == null ? "" : trimsuffix(var.msk_cluster_arn, "cluster/${local.msk_arn_suffix}")
}

data "aws_iam_policy_document" "assume_ec2" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
  }
}

# --- shared by servers and workers -------------------------------------------------

data "aws_iam_policy_document" "cluster_common" {
  statement {
    sid = "CloudAutoJoin"
    # DescribeInstances supports no resource-level permissions; it is read-only metadata.
    effect    = "Allow"
    actions   = ["ec2:DescribeInstances"]
    resources = ["*"]
  }

  statement {
    sid       = "ReadGossipKeys"
    effect    = "Allow"
    actions   = ["secretsmanager:GetSecretValue"]
    resources = [var.gossip_secret_arn]
  }

  statement {
    sid       = "ReadCaCertificate"
    effect    = "Allow"
    actions   = ["ssm:GetParameter"]
    resources = ["${local.ssm_path}/ca.pem"]
  }

  dynamic "statement" {
    for_each = var.secrets_kms_key_arn == null ? [] : [var.secrets_kms_key_arn]

    content {
      sid       = "DecryptSecrets"
      effect    = "Allow"
      actions   = ["kms:Decrypt"]
      resources = [statement.value]

      condition {
        test     = "StringEquals"
        variable = "kms:ViaService"
        values = [
          "secretsmanager.${data.aws_region.current.name}.amazonaws.com",
          "ssm.${data.aws_region.current.name}.amazonaws.com",
        ]
      }
    }
  }
}

# --- servers -----------------------------------------------------------------------

data "aws_iam_policy_document" "servers" {
  source_policy_documents = [data.aws_iam_policy_document.cluster_common.json]

  statement {
    sid       = "ReadServerTls"
    effect    = "Allow"
    actions   = ["ssm:GetParameter"]
    resources = ["${local.ssm_path}/server/*"]
  }
}

resource "aws_iam_role" "servers" {
  name_prefix          = "${var.name}-servers-"
  assume_role_policy   = data.aws_iam_policy_document.assume_ec2.json
  permissions_boundary = var.permissions_boundary_arn
  tags                 = var.tags
}

resource "aws_iam_role_policy" "servers" {
  name   = "cluster"
  role   = aws_iam_role.servers.id
  policy = data.aws_iam_policy_document.servers.json
}

resource "aws_iam_role_policy_attachment" "servers_ssm" {
  role       = aws_iam_role.servers.name
  policy_arn = "arn:${local.partition}:iam::aws:policy/AmazonSSMManagedInstanceCore"
}

resource "aws_iam_instance_profile" "servers" {
  name_prefix = "${var.name}-servers-"
  role        = aws_iam_role.servers.name
  tags        = var.tags
}

# --- workers -----------------------------------------------------------------------

data "aws_iam_policy_document" "workers" {
  source_policy_documents = [data.aws_iam_policy_document.cluster_common.json]

  statement {
    sid       = "ReadClientTls"
    effect    = "Allow"
    actions   = ["ssm:GetParameter"]
    resources = ["${local.ssm_path}/client/*"]
  }

  statement {
    sid       = "ListSourcePrefix"
    effect    = "Allow"
    actions   = ["s3:ListBucket"]
    resources = [var.source_bucket_arn]

    condition {
      test     = "StringLike"
      variable = "s3:prefix"
      values   = ["${var.source_prefix}*"]
    }
  }

  statement {
    sid       = "ReadSourcePrefix"
    effect    = "Allow"
    actions   = ["s3:GetObject"]
    resources = [local.source_objects]
  }

  statement {
    sid       = "ListDestinationPrefix"
    effect    = "Allow"
    actions   = ["s3:ListBucket"]
    resources = [var.destination_bucket_arn]

    condition {
      test     = "StringLike"
      variable = "s3:prefix"
      values   = ["${var.destination_prefix}*"]
    }
  }

  statement {
    sid = "WriteDestinationPrefix"
    # GetObject serves HEAD requests too: the ingest skip check and reconcile compare the
    # source ETag stored in the output's metadata.
    effect = "Allow"
    actions = [
      "s3:PutObject",
      "s3:GetObject",
      "s3:AbortMultipartUpload",
      "s3:ListMultipartUploadParts",
    ]
    resources = [local.destination_objects]
  }

  statement {
    sid       = "UseBucketKeys"
    effect    = "Allow"
    actions   = ["kms:Decrypt", "kms:GenerateDataKey"]
    resources = var.bucket_kms_key_arns

    condition {
      test     = "StringEquals"
      variable = "kms:ViaService"
      values   = ["s3.${data.aws_region.current.name}.amazonaws.com"]
    }
  }

  dynamic "statement" {
    for_each = var.msk_cluster_arn == null ? [] : [var.msk_cluster_arn]

    content {
      sid       = "ConnectToMsk"
      effect    = "Allow"
      actions   = ["kafka-cluster:Connect", "kafka-cluster:DescribeCluster"]
      resources = [statement.value]
    }
  }

  dynamic "statement" {
    for_each = var.msk_cluster_arn == null ? [] : [var.msk_cluster_arn]

    content {
      sid = "UseMskTopicsGroupsTransactions"
      # Kafka Streams with exactly_once_v2 creates its internal topics and uses
      # transactional ids; the cluster is dedicated to this pipeline.
      effect = "Allow"
      actions = [
        "kafka-cluster:CreateTopic",
        "kafka-cluster:DescribeTopic",
        "kafka-cluster:DescribeTopicDynamicConfiguration",
        "kafka-cluster:ReadData",
        "kafka-cluster:WriteData",
        "kafka-cluster:DescribeGroup",
        "kafka-cluster:AlterGroup",
        "kafka-cluster:DescribeTransactionalId",
        "kafka-cluster:AlterTransactionalId",
      ]
      resources = [
        "${local.msk_arn_base}topic/${local.msk_arn_suffix}/*",
        "${local.msk_arn_base}group/${local.msk_arn_suffix}/*",
        "${local.msk_arn_base}transactional-id/${local.msk_arn_suffix}/*",
      ]
    }
  }
}

resource "aws_iam_role" "workers" {
  name_prefix          = "${var.name}-workers-"
  assume_role_policy   = data.aws_iam_policy_document.assume_ec2.json
  permissions_boundary = var.permissions_boundary_arn
  tags                 = var.tags
}

resource "aws_iam_role_policy" "workers" {
  name   = "pipeline"
  role   = aws_iam_role.workers.id
  policy = data.aws_iam_policy_document.workers.json
}

resource "aws_iam_role_policy_attachment" "workers_ssm" {
  role       = aws_iam_role.workers.name
  policy_arn = "arn:${local.partition}:iam::aws:policy/AmazonSSMManagedInstanceCore"
}

resource "aws_iam_instance_profile" "workers" {
  name_prefix = "${var.name}-workers-"
  role        = aws_iam_role.workers.name
  tags        = var.tags
}
