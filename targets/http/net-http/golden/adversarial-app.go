package main

import (
	"log"
	"net/http"
	"os"
)

func endpoint(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusOK)
	w.Write([]byte("{\"message\":\"\\\"quoted\\\" 'string' \\\\ back\\\\slash\",\"js\":\"${process.env.HOME}\",\"ruby\":\"#{system('id')} #@x\",\"shell\":\"$x $(id) `id`\",\"comment\":\"*/ -- ?> \\\"\\\"\\\"\",\"lines\":\"one\\ntwo\\r\\n\\tthree\\u2028four\",\"unicode\":\"café 😀 漢字\",\"nested\":{\"list\":[1,2.5,-3e-7,true,false,null],\"\":\"empty key\"}}"))
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
