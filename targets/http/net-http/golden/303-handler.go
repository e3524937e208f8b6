package main

import "net/http"

func endpoint(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/endpoint/abc-123", http.StatusSeeOther)
}

// Register registers the handler on a mux, with its method and route.
func Register(mux *http.ServeMux) {
	mux.HandleFunc("POST /endpoint", endpoint)
}
