package main

import "net/http"

func endpoint(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "https://example.com/new-endpoint", http.StatusTemporaryRedirect)
}

// Register registers the handler on a mux, with its method and route.
func Register(mux *http.ServeMux) {
	mux.HandleFunc("GET /endpoint", endpoint)
}
