package main

import (
	"encoding/json"
	"net/http"
)

func endpoint(w http.ResponseWriter, r *http.Request) {
	body := struct {
		Error   string `json:"error"`
		Message string `json:"message"`
	}{
		Error:   "not_found",
		Message: "Not Found",
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusNotFound)
	json.NewEncoder(w).Encode(body)
}

// Register registers the handler on a mux, with its method and route.
func Register(mux *http.ServeMux) {
	mux.HandleFunc("GET /endpoint", endpoint)
}
