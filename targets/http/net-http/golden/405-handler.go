package main

import (
	"net/http"
)

func endpoint(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Allow", "GET, HEAD")
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusMethodNotAllowed)
	w.Write([]byte(`{"error":"method_not_allowed","message":"Method Not Allowed"}`))
}

// Register registers the handler on a mux, with its method and route.
func Register(mux *http.ServeMux) {
	mux.HandleFunc("GET /endpoint", endpoint)
}
