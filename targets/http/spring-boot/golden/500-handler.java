package com.example.demo;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class MyController {

    @GetMapping("/endpoint")
    public ResponseEntity<InternalServerErrorResponse> endpoint() {
        InternalServerErrorResponse body = new InternalServerErrorResponse(
            "internal_server_error",
            "Internal Server Error"
        );
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(
            body
        );
    }

    record InternalServerErrorResponse(String error, String message) {}
}
