/**
 * Built-in knowledge of technology names that are also ordinary words, and of
 * the words around a name that show it is meant as a technology.
 * Names are compared in compact form: lowercase letters and digits only.
 */

/**
 * Names that are ordinary English words or phrases. Written in a technology's
 * own casing mid-sentence (`Helm`, `KinD`), next to a product word (`helm
 * chart`) or listed with other technologies they are the technology; otherwise
 * (`at the helm`, `in flux`, `this kind of`) they are not.
 */
export const WORD_NAMES = `
airship apollo atlantis goose foreman puppet chef juju omni dragonfly harbor kraken
quay airlock cartography cedar goldilocks pluto polaris rudder teleport topaz vault
curve swift longhorn rook lima singularity interlink kilo armada capsule eraser fluid
volcano kratos caddy contour envoy skipper kong consul kuma slime druid presto
scylla beam memphis pulsar tremor tanka tilt lagoon carvel cyclops packer brigade
bamboo concourse semaphore screwdriver spinnaker woodpecker ozone accordion palette
typhoon gardener choreo encore chalice sparta nitric unleash litmus gremlin cortex
falcon foresight helios honeycomb monocle nightingale pixie
trickster grain dart lunatic casper ripple strands camel chroma temporal hatchet
triton flux helm kind backstage tempo calico notary salt spark storm thrift ignite
zookeeper eureka cadence travis crate maven sentinel seldon instructor porter coder
depot stacker squash spin radius go golang habitat infra mist permit catalyst
spot monitor workers loki fabric arks agno haystack guardrails outlines sigma
confidentialcontainers networkservicemesh openservicemesh serverlessworkflow
openclustermanagement semantickernel browseruse agentevaluation agentdevelopmentkit
statefulfunctions servicemeshperformance openapplicationmodel meshinfra
desktopkubernetes canonicalkubernetes rancherkubernetes chaostoolkit
loggingoperator operatorframework cloudcustodian
thrift mesos gateway rancher notation olm snowflake kiosk externalsecrets
cargo fugue graphite inlets kudo nomad pachyderm parsec prefect ratify sealer sentry
spire tars timescale vineyard yoke zesty aqua bosh carina cumulus fission gonzo
granulate mackerel opal pinniped ragas scar shifu submariner zig doris flannel
purestorage blackduck checkpoint edgedelta newrelic threatstack
applicationhighavailabilityservice applicationsmanager
`;

/**
 * Names that are generic concepts or everyday words (`scale`, `keep`,
 * `serverless`): only a product word next to them (`Score spec`) or a
 * technology-specific context shows that the technology is meant.
 */
export const GENERIC_NAMES = `
scale score keep guidance distribution ambient serverless vector port architect boundary
middleware split curve beats near embrace standardlibrary nocode cloudnativelandscape
dataset unstructured sidekick pinpoint radar elastic salad bucket plural sso
passage teller membrane gear c ko harness sigma sentinel cubex catalyst
application serverlessdevs functions workflow temporal okahu shopify
`;

/**
 * Names that are also companies: `at Datadog` or `Datadog's engineers` is the
 * company, not the product.
 */
export const VENDOR_NAMES = `
datadog dynatrace newrelic honeycomb splunk sysdig isovalent tigera shopify hitachi
huawei netapp snyk sonatype akuity codefresh elastic chronosphere lightbend redpanda
portworx purestorage kasten rafay spacelift octopusdeploy upbound groundcover dash0
coroot causely docker gitlab grafana nutanix mirantis harness instana sentry lumigo
aqua fossa mondoo orcasecurity stackrox teleport cloudsmith okteto coder gitpod
daytona northflank bunnyshell miaplatform kong tyk buoyant solo diagrid fairwinds
castai stormforge scaleops armo f5 appdynamics kubecost perfectscale
`;

/**
 * Words that, right after a name, show a product is meant: `Helm chart`,
 * `Flux controllers`, `Envoy proxy`, `kind cluster`, `Score spec`.
 */
export const PRODUCT_WORDS_AFTER = `
chart charts controller controllers operator operators cli plugin plugins project
projects maintainer maintainers community sdk sdks api apis crd crds release releases
proxy spec specification install upgrade template templates hooks values repo
binary daemon runtime sidecar sidecars integration integrations dashboards provider
providers collector exporter exporters kustomization kustomizations helmrelease
helmreleases reconciler cd
`;

/** Product words specific to one name: `kind cluster`. */
export const PRODUCT_WORDS_AFTER_NAME: Record<string, string> = {
  kind: 'cluster clusters node nodes',
  go: 'services service code binaries modules module developers programs run build mod',
  rust: 'code developers programs crates',
  spin: 'apps applications',
  vault: 'secrets',
};

/** Words that, right before a name, show a product is meant: `CNCF Flux`, `using Helm`. */
export const PRODUCT_WORDS_BEFORE = `
cncf fermyon hashicorp grafana apache eclipse nvidia
`;

/**
 * Words that, right before an ordinary-word name, show the ordinary word is
 * meant: `at the helm`, `in flux`, `this kind of`.
 */
export const IDIOMS_BEFORE: Record<string, string> = {
  helm: 'the at take taking',
  flux: 'in constant state of',
  kind: 'this that what any some a an one every same new first other each which no its their our the right different all these those kinds own another whatever',
  spin: 'a new quick',
  go: "to and or will can let lets let's we you they i could would should must might may just not never always also lets",
};

/** Words that, right after an ordinary-word name, show the ordinary word is meant: `kind of`, `spin up`. */
export const IDIOMS_AFTER: Record<string, string> = {
  kind: 'of',
  spin: 'up off',
  go: 'beyond back through to from with into live wrong out over further faster further',
  helm: 'of',
  score: 'of',
};

/**
 * Words after a technology name that make it an event's name, not the
 * technology: `Kubeflow Day`, `Istio Summit`.
 */
export const EVENT_WORDS_AFTER = 'day days con summit conference meetup';

/**
 * Generic words of product names: a shortening made only of them
 * (`Azure Pipelines` → `Pipelines`) names no product by itself.
 */
export const GENERIC_WORDS = `
the a an of for on and by in to with container containers registry cloud storage file
files disk persistent elastic block store service services kubernetes engine mesh app
application applications api management event events hubs map build run function
functions compute code monitor log logs pipelines pipeline operator training model
models notebooks notebook server sql database ai infra catalog workers real time
serverless workflow fabric native environment update dedicated grid anywhere distro
spot foundation iron polar volt scalar spice crate crates permit age mist orient
rethink platform data operations applications cloudhealth gateway edge secure
distributed sdk devs ingress proxy agent agents controller dashboard desktop compose hub
cluster clusters manager trainer
`;

/** Splits one of the word lists above into a set. */
export function wordSet(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}
