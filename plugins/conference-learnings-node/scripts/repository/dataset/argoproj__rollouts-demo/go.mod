module github.com/argoproj/rollouts-demo

go 1.12
