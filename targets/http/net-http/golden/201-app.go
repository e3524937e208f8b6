package main

import (
	"log"
	"net/http"
	"os"
)

func endpoint(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Location", "/endpoint/abc-123")
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusCreated)
	w.Write([]byte(`{"id":"abc-123","name":"Example item","created_at":"2026-02-24T12:00:00Z"}`))
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
