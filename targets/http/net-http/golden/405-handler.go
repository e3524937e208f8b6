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
		Error:   "method_not_allowed",
		Message: "Method Not Allowed",
	}
	w.Header().Set("Allow", "GET, HEAD")
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusMethodNotAllowed)
	json.NewEncoder(w).Encode(body)
}

// Register registers the handler on a mux, with its method and route.
func Register(mux *http.ServeMux) {
	// ServeMux answers 405 with an Allow header by itself when no pattern for the path has the method.
	mux.HandleFunc("DELETE /endpoint", endpoint)
}
