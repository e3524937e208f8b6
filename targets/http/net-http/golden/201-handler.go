package main

import (
	"net/http"
)

func endpoint(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Location", "/endpoint/abc-123")
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusCreated)
	w.Write([]byte(`{"id":"abc-123","name":"Example item","created_at":"2026-02-24T12:00:00Z"}`))
}

// Register registers the handler on a mux, with its method and route.
func Register(mux *http.ServeMux) {
	mux.HandleFunc("GET /endpoint", endpoint)
}
