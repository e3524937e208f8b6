package main

import (
	"encoding/json"
	"log"
	"net/http"
	"os"
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

func main() {
	mux := http.NewServeMux()
	// ServeMux answers 405 with an Allow header by itself when no pattern for the path has the method.
	mux.HandleFunc("DELETE /endpoint", endpoint)

	port := os.Getenv("PORT")
	if port == "" {
		port = "8080"
	}
	log.Printf("listening on http://localhost:%s", port)
	log.Fatal(http.ListenAndServe(":"+port, mux))
}
