package main

import (
	"log"
	"net/http"
	"os"
)

func endpoint(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusOK)
	w.Write([]byte(`{"status":"ok","data":{"id":"abc-123","name":"Example item","active":true}}`))
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
