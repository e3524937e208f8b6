package com.example.demo;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class MyController {

    @GetMapping("/endpoint")
    public ResponseEntity<UnauthorizedResponse> endpoint() {
        UnauthorizedResponse body = new UnauthorizedResponse(
            "unauthorized",
            "Unauthorized"
        );
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
            .header("WWW-Authenticate", "Bearer realm=\"api\"")
            .body(body);
    }

    record UnauthorizedResponse(String error, String message) {}
}
