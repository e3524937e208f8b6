package main

import (
	"log"
	"net/http"
	"os"
)

func endpoint(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Allow", "GET, HEAD")
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusMethodNotAllowed)
	w.Write([]byte(`{"error":"method_not_allowed","message":"Method Not Allowed"}`))
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
