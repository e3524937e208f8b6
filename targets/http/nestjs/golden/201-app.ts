import { Controller, Header, Module, Post } from "@nestjs/common";
import { NestFactory } from "@nestjs/core";

@Controller()
class EndpointController {
  @Post("endpoint")
  @Header("Location", "/endpoint/abc-123")
  endpoint() {
    return {
      id: "abc-123",
      name: "Example item",
      created_at: "2026-02-24T12:00:00Z",
    };
  }
}

@Module({ controllers: [EndpointController] })
class AppModule {}

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  await app.listen(process.env.PORT ?? 3000);
}
bootstrap();
