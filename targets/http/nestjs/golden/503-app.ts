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
  @HttpCode(HttpStatus.SERVICE_UNAVAILABLE)
  @Header("Retry-After", "120")
  endpoint() {
    return { error: "service_unavailable", message: "Service Unavailable" };
  }
}

@Module({ controllers: [EndpointController] })
class AppModule {}

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  await app.listen(process.env.PORT ?? 3000);
}
bootstrap();
