package main

import (
	"log"
	"net/http"
	"os"
)

func endpoint(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Retry-After", "120")
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusServiceUnavailable)
	w.Write([]byte(`{"error":"service_unavailable","message":"Service Unavailable"}`))
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /endpoint", endpoint)

	port := os.Getenv("PORT")
	if port == "" {
		port = "8080"
	}
	log.Printf("listening on http://localhost:%s", port)
	log.Fatal(http.ListenAndServe(":"+port, mux))
}
