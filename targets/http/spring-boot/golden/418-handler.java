package com.example.demo;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class MyController {

    @GetMapping("/endpoint")
    public ResponseEntity<String> endpoint() {
        String body =
            "{\"error\":\"im_a_teapot\",\"message\":\"I'm a teapot\"}";
        return ResponseEntity.status(HttpStatus.I_AM_A_TEAPOT)
            .contentType(MediaType.APPLICATION_JSON)
            .body(body);
    }
}
