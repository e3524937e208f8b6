package main

import (
	"encoding/json"
	"net/http"
)

func endpoint(w http.ResponseWriter, r *http.Request) {
	// r.PathValue("item_id") holds the {item_id} segment of the path.
	problem := struct {
		Type     string `json:"type"`
		Title    string `json:"title"`
		Status   int    `json:"status"`
		Instance string `json:"instance"`
	}{
		Type:     "about:blank",
		Title:    "Not Found",
		Status:   http.StatusNotFound,
		Instance: r.URL.Path,
	}
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(http.StatusNotFound)
	json.NewEncoder(w).Encode(problem)
}

// Register registers the handler on a mux, with its method and route.
func Register(mux *http.ServeMux) {
	mux.HandleFunc("GET /items/{item_id}", endpoint)
}
