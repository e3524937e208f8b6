package com.example.demo;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@SpringBootApplication
@RestController
public class Application {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(Application.class);
        // Listens on $PORT when it is set, else on 8080.
        app.setDefaultProperties(Map.of("server.port", "${PORT:8080}"));
        app.run(args);
    }

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
