package main

import (
	"encoding/json"
	"log"
	"net/http"
	"os"
)

func endpoint(w http.ResponseWriter, r *http.Request) {
	// r.PathValue("item_id") holds the {item_id} segment of the path.
	problem := struct {
		Type     string `json:"type"`
		Title    string `json:"title"`
		Status   int    `json:"status"`
		Instance string `json:"instance"`
	}{
		Type:     "about:blank",
		Title:    "Not Found",
		Status:   http.StatusNotFound,
		Instance: r.URL.Path,
	}
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(http.StatusNotFound)
	json.NewEncoder(w).Encode(problem)
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /items/{item_id}", endpoint)

	port := os.Getenv("PORT")
	if port == "" {
		port = "8080"
	}
	log.Printf("listening on http://localhost:%s", port)
	log.Fatal(http.ListenAndServe(":"+port, mux))
}
