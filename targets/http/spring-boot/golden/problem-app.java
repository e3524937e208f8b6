package com.example.demo;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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

    @GetMapping("/items/{item_id}")
    public ProblemDetail endpoint(@PathVariable("item_id") String itemId) {
        // Spring fills in "instance" with the request's path.
        return ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
    }
}
