package main

import (
	"net/http"
)

func endpoint(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Retry-After", "120")
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusServiceUnavailable)
	w.Write([]byte(`{"error":"service_unavailable","message":"Service Unavailable"}`))
}

// Register registers the handler on a mux, with its method and route.
func Register(mux *http.ServeMux) {
	mux.HandleFunc("GET /endpoint", endpoint)
}
