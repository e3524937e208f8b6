package main

import (
	"net/http"
)

func endpoint(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusOK)
	w.Write([]byte(`{"status":"ok","data":{"id":"abc-123","name":"Example item","active":true}}`))
}

// Register registers the handler on a mux, with its method and route.
func Register(mux *http.ServeMux) {
	mux.HandleFunc("GET /endpoint", endpoint)
}
