package com.example.demo;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class MyController {

    @GetMapping("/endpoint")
    public ResponseEntity<ImATeapotResponse> endpoint() {
        ImATeapotResponse body = new ImATeapotResponse(
            "im_a_teapot",
            "I'm a teapot"
        );
        return ResponseEntity.status(HttpStatus.I_AM_A_TEAPOT).body(body);
    }

    record ImATeapotResponse(String error, String message) {}
}
