module github.com/kedacore/sample-go-rabbitmq/send

go 1.18

require github.com/rabbitmq/amqp091-go v1.3.4
