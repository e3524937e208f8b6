package main

import (
	"net/http"
)

func endpoint(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Retry-After", "60")
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusTooManyRequests)
	w.Write([]byte(`{"error":"too_many_requests","message":"Too Many Requests"}`))
}

// Register registers the handler on a mux, with its method and route.
func Register(mux *http.ServeMux) {
	mux.HandleFunc("GET /endpoint", endpoint)
}
