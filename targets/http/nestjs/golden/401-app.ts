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
  @HttpCode(HttpStatus.UNAUTHORIZED)
  @Header("WWW-Authenticate", 'Bearer realm="api"')
  endpoint() {
    return { error: "unauthorized", message: "Unauthorized" };
  }
}

@Module({ controllers: [EndpointController] })
class AppModule {}

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  await app.listen(process.env.PORT ?? 3000);
}
bootstrap();
