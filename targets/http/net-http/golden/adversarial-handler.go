package main

import (
	"net/http"
)

func endpoint(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusOK)
	w.Write([]byte("{\"message\":\"\\\"quoted\\\" 'string' \\\\ back\\\\slash\",\"js\":\"${process.env.HOME}\",\"ruby\":\"#{system('id')} #@x\",\"shell\":\"$x $(id) `id`\",\"comment\":\"*/ -- ?> \\\"\\\"\\\"\",\"lines\":\"one\\ntwo\\r\\n\\tthree\\u2028four\",\"unicode\":\"café 😀 漢字\",\"nested\":{\"list\":[1,2.5,-3e-7,true,false,null],\"\":\"empty key\"}}"))
}

// Register registers the handler on a mux, with its method and route.
func Register(mux *http.ServeMux) {
	mux.HandleFunc("GET /endpoint", endpoint)
}
