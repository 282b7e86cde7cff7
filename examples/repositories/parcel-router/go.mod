module github.com/acme-logistics/parcel-router

go 1.22

require (
	github.com/prometheus/client_golang v1.19.0
	github.com/segmentio/kafka-go v0.4.47
	go.opentelemetry.io/otel v1.24.0
	go.opentelemetry.io/otel/sdk v1.24.0
	google.golang.org/grpc v1.62.1
)

require (
	github.com/klauspost/compress v1.17.7 // indirect
	github.com/stretchr/testify v1.9.0 // indirect
)
