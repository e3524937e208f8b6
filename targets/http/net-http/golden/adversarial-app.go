package main

import (
	"encoding/json"
	"log"
	"net/http"
	"os"
)

func endpoint(w http.ResponseWriter, r *http.Request) {
	// Objects whose keys a json struct tag cannot name (such as "" or a quote) stay JSON text: json.RawMessage.
	body := struct {
		Message string          `json:"message"`
		Js      string          `json:"js"`
		Ruby    string          `json:"ruby"`
		Shell   string          `json:"shell"`
		Comment string          `json:"comment"`
		Lines   string          `json:"lines"`
		Unicode string          `json:"unicode"`
		Nested  json.RawMessage `json:"nested"`
	}{
		Message: "\"quoted\" 'string' \\ back\\slash",
		Js:      "${process.env.HOME}",
		Ruby:    "#{system('id')} #@x",
		Shell:   "$x $(id) `id`",
		Comment: "*/ -- ?> \"\"\"",
		Lines:   "one\ntwo\r\n\tthree\u2028four",
		Unicode: "café 😀 漢字",
		Nested:  json.RawMessage(`{"list":[1,2.5,-3e-7,true,false,null],"":"empty key"}`),
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusOK)
	json.NewEncoder(w).Encode(body)
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
