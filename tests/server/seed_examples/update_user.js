const http = require("http");
const clientId = "XXX"; // Your API client id (required)
const clientSecret = "YYY"; // Your API client secret (required)
const data = JSON.stringify({
  "first_name": "John",
  "last_name": "Doe",
  "address": "Amina Course 956",
  "zip": "123456",
  "city": "Central City",
  "phone": "+0123456789",
  "email": "John@Doe.com",
  "custom_1": "custom value 1"
});
const options = {
  "hostname": "__HOST__",
  "port": __PORT__,
  "path": "/v4/loyalty/loyalty-cards/__CARD__/stats/__USER__",
  "method": "PUT",
  "headers": {
    "x-api-key": clientId,
    "x-api-secret": clientSecret,
    "Content-Type": "application/json",
    "Content-Length": data.length
  }
};
const request = http.request(options, (response) => {
  console.log(`statusCode: ${response.statusCode}`);
  response.on("data", (d) => {
    process.stdout.write(d);
  });
});
request.write(data);
request.end();
