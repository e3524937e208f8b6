package main

import (
	"encoding/json"
	"net/http"
)

func endpoint(w http.ResponseWriter, r *http.Request) {
	problem := struct {
		Type     string `json:"type"`
		Title    string `json:"title"`
		Status   int    `json:"status"`
		Instance string `json:"instance"`
	}{
		Type:     "about:blank",
		Title:    "Unprocessable Content",
		Status:   http.StatusUnprocessableEntity,
		Instance: r.URL.Path,
	}
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(http.StatusUnprocessableEntity)
	json.NewEncoder(w).Encode(problem)
}

// Register registers the handler on a mux, with its method and route.
func Register(mux *http.ServeMux) {
	mux.HandleFunc("POST /endpoint", endpoint)
}
