import { briefMention as brief } from '../__testUtils__/briefMention';
import { parseGithubWorkflow, parseGitlabCi } from './ciManifests';
import { parseTerraform } from './terraformManifests';

describe('parseGithubWorkflow', () => {
  const workflow = `name: release
jobs:
  push:
    services:
      db:
        image: postgres:16
    steps:
      - uses: sigstore/cosign-installer@v3 # pinned
      - uses: docker/login-action@v3
        with:
          registry: quay.io
      - run: docker pull docker.io/library/alpine
      - name: Build
        run: |
          helm package charts/app
          cd site && packer build image.json
        env:
          IMAGES: docker.io/acme/shop
          TRIVY_DB_REPOSITORY: public.ecr.aws/aquasecurity/trivy-db
      - run: docker push 123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop
`;

  it('reports GitHub Actions, actions, CI images (dev), registries and commands', () => {
    const found = parseGithubWorkflow({
      path: '.github/workflows/release.yml',
      content: workflow,
    }).map(brief);
    expect(found).toEqual([
      'tool GitHub Actions @1 runtime',
      'github-action sigstore/cosign-installer @8 runtime',
      'github-action docker/login-action @9 runtime',
      'image postgres @6 dev',
      'container-registry quay.io @11 runtime',
      'container-registry docker.io @18 runtime',
      'container-registry ecr @20 runtime',
      'ci-command docker pull docker.io/library/alpine @12 runtime',
      'ci-command helm package charts/app @15 runtime',
      'ci-command cd site @16 runtime',
      'ci-command packer build image.json @16 runtime',
      'ci-command docker push 123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop @20 runtime',
    ]);
  });

  it('runs the commands of a pipeline named for tests for tests', () => {
    const found = parseGithubWorkflow({
      path: '.github/workflows/e2e.yml',
      content: 'jobs:\n  e2e:\n    steps:\n      - run: kind create cluster\n',
    });
    expect(found.filter(m => m.ecosystem === 'ci-command').map(brief)).toEqual([
      'ci-command kind create cluster @4 test',
    ]);
  });
});

describe('parseGitlabCi', () => {
  it('reports GitLab, job images and script commands', () => {
    const found = parseGitlabCi({
      path: '.gitlab-ci.yml',
      content: `publish:
  image: docker:24
  script:
    - helm repo add bitnami https://charts.bitnami.com/bitnami
deploy:
  script:
  - kubectl apply -f deploy/
  when: manual
`,
    }).map(brief);
    expect(found).toEqual([
      'tool GitLab @1 runtime',
      'image docker @2 dev',
      'ci-command helm repo add @4 runtime',
      'ci-command kubectl apply -f @7 runtime',
    ]);
  });
});

describe('parseTerraform', () => {
  it('reports Terraform, providers, modules with their submodule, resources and Google APIs', () => {
    const found = parseTerraform({
      path: 'infra/main.tf',
      content: `terraform {
  required_providers {
    google = {
      source = "hashicorp/google"
    }
  }
}

module "asm" {
  source = "terraform-google-modules/kubernetes-engine/google//modules/asm"
}

resource "google_project_service" "run" {
  service = "run.googleapis.com"
}
# resource "google_cloudbuild_trigger" "old" {

resource "aws_db_instance" "orders" {
  engine = "postgres"
}

resource "helm_release" "monitoring" {
  chart = "kube-prometheus-stack"
}
`,
    }).map(brief);
    expect(found).toEqual([
      'tool Terraform @1 runtime',
      'terraform-provider hashicorp/google @4 runtime',
      'terraform-module terraform-google-modules/kubernetes-engine/google//modules/asm @10 runtime',
      'terraform-resource google_project_service @13 runtime',
      'google-api run.googleapis.com @14 runtime',
      'terraform-resource aws_db_instance @18 runtime',
      'database-engine postgres @19 runtime',
      'terraform-resource helm_release @22 runtime',
      'helm-chart kube-prometheus-stack @23 runtime',
    ]);
  });
});
