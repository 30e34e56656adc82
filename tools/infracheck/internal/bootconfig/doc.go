// Package bootconfig holds the offline test of packer/scripts/configure-node.sh, the
// boot-time script that renders the Consul and Nomad agent configuration: it runs the
// script against stubbed AWS, IMDS and systemd commands in a scratch root and parses
// what it wrote with HashiCorp's HCL parser.
package bootconfig
