import {
  Controller,
  Get,
  Header,
  HttpCode,
  HttpStatus,
  Module,
} from "@nestjs/common";
import { NestFactory } from "@nestjs/core";

@Controller()
class EndpointController {
  @Get("endpoint")
  @HttpCode(HttpStatus.TOO_MANY_REQUESTS)
  @Header("Retry-After", "60")
  endpoint() {
    return { error: "too_many_requests", message: "Too Many Requests" };
  }
}

@Module({ controllers: [EndpointController] })
class AppModule {}

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  await app.listen(process.env.PORT ?? 3000);
}
bootstrap();
