import {
  Controller,
  Delete,
  Header,
  HttpCode,
  HttpStatus,
  Module,
} from "@nestjs/common";
import { NestFactory } from "@nestjs/core";

@Controller()
class EndpointController {
  // Nest has no automatic 405: a method with no handler on a path gets Nest's 404.
  @Delete("endpoint")
  @HttpCode(HttpStatus.METHOD_NOT_ALLOWED)
  @Header("Allow", "GET, HEAD")
  endpoint() {
    return { error: "method_not_allowed", message: "Method Not Allowed" };
  }
}

@Module({ controllers: [EndpointController] })
class AppModule {}

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  await app.listen(process.env.PORT ?? 3000);
}
bootstrap();
