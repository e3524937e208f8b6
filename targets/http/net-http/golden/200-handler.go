package main

import (
	"encoding/json"
	"net/http"
)

func endpoint(w http.ResponseWriter, r *http.Request) {
	type data struct {
		ID     string `json:"id"`
		Name   string `json:"name"`
		Active bool   `json:"active"`
	}
	body := struct {
		Status string `json:"status"`
		Data   data   `json:"data"`
	}{
		Status: "ok",
		Data: data{
			ID:     "abc-123",
			Name:   "Example item",
			Active: true,
		},
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusOK)
	json.NewEncoder(w).Encode(body)
}

// Register registers the handler on a mux, with its method and route.
func Register(mux *http.ServeMux) {
	mux.HandleFunc("GET /endpoint", endpoint)
}
