package main

import (
	"encoding/json"
	"net/http"
)

func endpoint(w http.ResponseWriter, r *http.Request) {
	body := struct {
		Status string `json:"status"`
		TaskID string `json:"task_id"`
	}{
		Status: "accepted",
		TaskID: "abc-123",
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusAccepted)
	json.NewEncoder(w).Encode(body)
}

// Register registers the handler on a mux, with its method and route.
func Register(mux *http.ServeMux) {
	mux.HandleFunc("POST /endpoint", endpoint)
}
