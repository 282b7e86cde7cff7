module github.com/buoyantio/emojivoto

go 1.13

require (
	contrib.go.opencensus.io/exporter/ocagent v0.6.0
	github.com/golang/groupcache v0.0.0-20200121045136-8c9f03a8e57e // indirect
	github.com/golang/protobuf v1.5.0 // indirect
	github.com/grpc-ecosystem/go-grpc-prometheus v1.2.0
	github.com/prometheus/client_golang v1.6.0
	go.opencensus.io v0.22.3
	golang.org/x/sync v0.0.0-20200317015054-43a5402ce75a // indirect
	golang.org/x/sys v0.0.0-20200430082407-1f5687305801 // indirect
	google.golang.org/api v0.22.0 // indirect
	google.golang.org/grpc v1.41.0
	google.golang.org/protobuf v1.27.1
)
