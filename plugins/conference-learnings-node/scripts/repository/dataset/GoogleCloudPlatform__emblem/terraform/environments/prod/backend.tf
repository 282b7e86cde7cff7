terraform {
  backend "gcs" {
  }
}