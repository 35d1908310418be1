import { createRequire as __dbtSlimCiCreateRequire } from 'node:module'; const require = __dbtSlimCiCreateRequire(import.meta.url);
import {
  Cancellation,
  CancelledError,
  howToSet,
  isObject,
  originOf,
  parseCallAt,
  parseRepr,
  pathExists,
  readProfileTarget,
  require_dist,
  require_tunnel,
  require_undici,
  secretsOf,
  settingLabel,
  settingMention,
  templateTags,
  toSource
} from "./chunk-GAXZLLQ5.js";
import {
  MARK_PREFIX,
  SNOWFLAKE_CAPABILITIES,
  StatementTimeoutError,
  formatMark,
  parseMark,
  quoteIdentifier,
  renewedMark,
  stringLiteral
} from "./chunk-3LU6UAY2.js";
import {
  ArtifactError,
  UserError,
  __commonJS,
  __require,
  __toESM
} from "./chunk-ZBLYN7A4.js";

// node_modules/postgres-array/index.js
var require_postgres_array = __commonJS({
  "node_modules/postgres-array/index.js"(exports) {
    "use strict";
    exports.parse = function(source, transform) {
      return new ArrayParser(source, transform).parse();
    };
    var ArrayParser = class _ArrayParser {
      constructor(source, transform) {
        this.source = source;
        this.transform = transform || identity;
        this.position = 0;
        this.entries = [];
        this.recorded = [];
        this.dimension = 0;
      }
      isEof() {
        return this.position >= this.source.length;
      }
      nextCharacter() {
        var character = this.source[this.position++];
        if (character === "\\") {
          return {
            value: this.source[this.position++],
            escaped: true
          };
        }
        return {
          value: character,
          escaped: false
        };
      }
      record(character) {
        this.recorded.push(character);
      }
      newEntry(includeEmpty) {
        var entry;
        if (this.recorded.length > 0 || includeEmpty) {
          entry = this.recorded.join("");
          if (entry === "NULL" && !includeEmpty) {
            entry = null;
          }
          if (entry !== null) entry = this.transform(entry);
          this.entries.push(entry);
          this.recorded = [];
        }
      }
      consumeDimensions() {
        if (this.source[0] === "[") {
          while (!this.isEof()) {
            var char = this.nextCharacter();
            if (char.value === "=") break;
          }
        }
      }
      parse(nested) {
        var character, parser, quote;
        this.consumeDimensions();
        while (!this.isEof()) {
          character = this.nextCharacter();
          if (character.value === "{" && !quote) {
            this.dimension++;
            if (this.dimension > 1) {
              parser = new _ArrayParser(this.source.substr(this.position - 1), this.transform);
              this.entries.push(parser.parse(true));
              this.position += parser.position - 2;
            }
          } else if (character.value === "}" && !quote) {
            this.dimension--;
            if (!this.dimension) {
              this.newEntry();
              if (nested) return this.entries;
            }
          } else if (character.value === '"' && !character.escaped) {
            if (quote) this.newEntry(true);
            quote = !quote;
          } else if (character.value === "," && !quote) {
            this.newEntry();
          } else {
            this.record(character.value);
          }
        }
        if (this.dimension !== 0) {
          throw new Error("array dimension not balanced");
        }
        return this.entries;
      }
    };
    function identity(value) {
      return value;
    }
  }
});

// node_modules/pg-types/lib/arrayParser.js
var require_arrayParser = __commonJS({
  "node_modules/pg-types/lib/arrayParser.js"(exports, module) {
    var array = require_postgres_array();
    module.exports = {
      create: function(source, transform) {
        return {
          parse: function() {
            return array.parse(source, transform);
          }
        };
      }
    };
  }
});

// node_modules/postgres-date/index.js
var require_postgres_date = __commonJS({
  "node_modules/postgres-date/index.js"(exports, module) {
    "use strict";
    var DATE_TIME = /(\d{1,})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(\.\d{1,})?.*?( BC)?$/;
    var DATE = /^(\d{1,})-(\d{2})-(\d{2})( BC)?$/;
    var TIME_ZONE = /([Z+-])(\d{2})?:?(\d{2})?:?(\d{2})?/;
    var INFINITY = /^-?infinity$/;
    module.exports = function parseDate(isoDate) {
      if (INFINITY.test(isoDate)) {
        return Number(isoDate.replace("i", "I"));
      }
      var matches = DATE_TIME.exec(isoDate);
      if (!matches) {
        return getDate(isoDate) || null;
      }
      var isBC = !!matches[8];
      var year = parseInt(matches[1], 10);
      if (isBC) {
        year = bcYearToNegativeYear(year);
      }
      var month = parseInt(matches[2], 10) - 1;
      var day = matches[3];
      var hour = parseInt(matches[4], 10);
      var minute = parseInt(matches[5], 10);
      var second = parseInt(matches[6], 10);
      var ms = matches[7];
      ms = ms ? 1e3 * parseFloat(ms) : 0;
      var date;
      var offset = timeZoneOffset(isoDate);
      if (offset != null) {
        date = new Date(Date.UTC(year, month, day, hour, minute, second, ms));
        if (is0To99(year)) {
          date.setUTCFullYear(year);
        }
        if (offset !== 0) {
          date.setTime(date.getTime() - offset);
        }
      } else {
        date = new Date(year, month, day, hour, minute, second, ms);
        if (is0To99(year)) {
          date.setFullYear(year);
        }
      }
      return date;
    };
    function getDate(isoDate) {
      var matches = DATE.exec(isoDate);
      if (!matches) {
        return;
      }
      var year = parseInt(matches[1], 10);
      var isBC = !!matches[4];
      if (isBC) {
        year = bcYearToNegativeYear(year);
      }
      var month = parseInt(matches[2], 10) - 1;
      var day = matches[3];
      var date = new Date(year, month, day);
      if (is0To99(year)) {
        date.setFullYear(year);
      }
      return date;
    }
    function timeZoneOffset(isoDate) {
      if (isoDate.endsWith("+00")) {
        return 0;
      }
      var zone = TIME_ZONE.exec(isoDate.split(" ")[1]);
      if (!zone) return;
      var type = zone[1];
      if (type === "Z") {
        return 0;
      }
      var sign = type === "-" ? -1 : 1;
      var offset = parseInt(zone[2], 10) * 3600 + parseInt(zone[3] || 0, 10) * 60 + parseInt(zone[4] || 0, 10);
      return offset * sign * 1e3;
    }
    function bcYearToNegativeYear(year) {
      return -(year - 1);
    }
    function is0To99(num) {
      return num >= 0 && num < 100;
    }
  }
});

// node_modules/xtend/mutable.js
var require_mutable = __commonJS({
  "node_modules/xtend/mutable.js"(exports, module) {
    module.exports = extend;
    var hasOwnProperty = Object.prototype.hasOwnProperty;
    function extend(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i];
        for (var key3 in source) {
          if (hasOwnProperty.call(source, key3)) {
            target[key3] = source[key3];
          }
        }
      }
      return target;
    }
  }
});

// node_modules/postgres-interval/index.js
var require_postgres_interval = __commonJS({
  "node_modules/postgres-interval/index.js"(exports, module) {
    "use strict";
    var extend = require_mutable();
    module.exports = PostgresInterval;
    function PostgresInterval(raw) {
      if (!(this instanceof PostgresInterval)) {
        return new PostgresInterval(raw);
      }
      extend(this, parse4(raw));
    }
    var properties = ["seconds", "minutes", "hours", "days", "months", "years"];
    PostgresInterval.prototype.toPostgres = function() {
      var filtered = properties.filter(this.hasOwnProperty, this);
      if (this.milliseconds && filtered.indexOf("seconds") < 0) {
        filtered.push("seconds");
      }
      if (filtered.length === 0) return "0";
      return filtered.map(function(property) {
        var value = this[property] || 0;
        if (property === "seconds" && this.milliseconds) {
          value = (value + this.milliseconds / 1e3).toFixed(6).replace(/\.?0+$/, "");
        }
        return value + " " + property;
      }, this).join(" ");
    };
    var propertiesISOEquivalent = {
      years: "Y",
      months: "M",
      days: "D",
      hours: "H",
      minutes: "M",
      seconds: "S"
    };
    var dateProperties = ["years", "months", "days"];
    var timeProperties = ["hours", "minutes", "seconds"];
    PostgresInterval.prototype.toISOString = PostgresInterval.prototype.toISO = function() {
      var datePart = dateProperties.map(buildProperty, this).join("");
      var timePart = timeProperties.map(buildProperty, this).join("");
      return "P" + datePart + "T" + timePart;
      function buildProperty(property) {
        var value = this[property] || 0;
        if (property === "seconds" && this.milliseconds) {
          value = (value + this.milliseconds / 1e3).toFixed(6).replace(/0+$/, "");
        }
        return value + propertiesISOEquivalent[property];
      }
    };
    var NUMBER = "([+-]?\\d+)";
    var YEAR = NUMBER + "\\s+years?";
    var MONTH = NUMBER + "\\s+mons?";
    var DAY = NUMBER + "\\s+days?";
    var TIME = "([+-])?([\\d]*):(\\d\\d):(\\d\\d)\\.?(\\d{1,6})?";
    var INTERVAL = new RegExp([YEAR, MONTH, DAY, TIME].map(function(regexString) {
      return "(" + regexString + ")?";
    }).join("\\s*"));
    var positions = {
      years: 2,
      months: 4,
      days: 6,
      hours: 9,
      minutes: 10,
      seconds: 11,
      milliseconds: 12
    };
    var negatives = ["hours", "minutes", "seconds", "milliseconds"];
    function parseMilliseconds(fraction) {
      var microseconds = fraction + "000000".slice(fraction.length);
      return parseInt(microseconds, 10) / 1e3;
    }
    function parse4(interval) {
      if (!interval) return {};
      var matches = INTERVAL.exec(interval);
      var isNegative = matches[8] === "-";
      return Object.keys(positions).reduce(function(parsed, property) {
        var position = positions[property];
        var value = matches[position];
        if (!value) return parsed;
        value = property === "milliseconds" ? parseMilliseconds(value) : parseInt(value, 10);
        if (!value) return parsed;
        if (isNegative && ~negatives.indexOf(property)) {
          value *= -1;
        }
        parsed[property] = value;
        return parsed;
      }, {});
    }
  }
});

// node_modules/postgres-bytea/index.js
var require_postgres_bytea = __commonJS({
  "node_modules/postgres-bytea/index.js"(exports, module) {
    "use strict";
    var bufferFrom = Buffer.from || Buffer;
    module.exports = function parseBytea(input) {
      if (/^\\x/.test(input)) {
        return bufferFrom(input.substr(2), "hex");
      }
      var output = "";
      var i = 0;
      while (i < input.length) {
        if (input[i] !== "\\") {
          output += input[i];
          ++i;
        } else {
          if (/[0-7]{3}/.test(input.substr(i + 1, 3))) {
            output += String.fromCharCode(parseInt(input.substr(i + 1, 3), 8));
            i += 4;
          } else {
            var backslashes = 1;
            while (i + backslashes < input.length && input[i + backslashes] === "\\") {
              backslashes++;
            }
            for (var k = 0; k < Math.floor(backslashes / 2); ++k) {
              output += "\\";
            }
            i += Math.floor(backslashes / 2) * 2;
          }
        }
      }
      return bufferFrom(output, "binary");
    };
  }
});

// node_modules/pg-types/lib/textParsers.js
var require_textParsers = __commonJS({
  "node_modules/pg-types/lib/textParsers.js"(exports, module) {
    var array = require_postgres_array();
    var arrayParser = require_arrayParser();
    var parseDate = require_postgres_date();
    var parseInterval = require_postgres_interval();
    var parseByteA = require_postgres_bytea();
    function allowNull(fn) {
      return function nullAllowed(value) {
        if (value === null) return value;
        return fn(value);
      };
    }
    function parseBool(value) {
      if (value === null) return value;
      return value === "TRUE" || value === "t" || value === "true" || value === "y" || value === "yes" || value === "on" || value === "1";
    }
    function parseBoolArray(value) {
      if (!value) return null;
      return array.parse(value, parseBool);
    }
    function parseBaseTenInt(string2) {
      return parseInt(string2, 10);
    }
    function parseIntegerArray(value) {
      if (!value) return null;
      return array.parse(value, allowNull(parseBaseTenInt));
    }
    function parseBigIntegerArray(value) {
      if (!value) return null;
      return array.parse(value, allowNull(function(entry) {
        return parseBigInteger(entry).trim();
      }));
    }
    var parsePointArray = function(value) {
      if (!value) {
        return null;
      }
      var p = arrayParser.create(value, function(entry) {
        if (entry !== null) {
          entry = parsePoint(entry);
        }
        return entry;
      });
      return p.parse();
    };
    var parseFloatArray = function(value) {
      if (!value) {
        return null;
      }
      var p = arrayParser.create(value, function(entry) {
        if (entry !== null) {
          entry = parseFloat(entry);
        }
        return entry;
      });
      return p.parse();
    };
    var parseStringArray = function(value) {
      if (!value) {
        return null;
      }
      var p = arrayParser.create(value);
      return p.parse();
    };
    var parseDateArray = function(value) {
      if (!value) {
        return null;
      }
      var p = arrayParser.create(value, function(entry) {
        if (entry !== null) {
          entry = parseDate(entry);
        }
        return entry;
      });
      return p.parse();
    };
    var parseIntervalArray = function(value) {
      if (!value) {
        return null;
      }
      var p = arrayParser.create(value, function(entry) {
        if (entry !== null) {
          entry = parseInterval(entry);
        }
        return entry;
      });
      return p.parse();
    };
    var parseByteAArray = function(value) {
      if (!value) {
        return null;
      }
      return array.parse(value, allowNull(parseByteA));
    };
    var parseInteger = function(value) {
      return parseInt(value, 10);
    };
    var parseBigInteger = function(value) {
      var valStr = String(value);
      if (/^\d+$/.test(valStr)) {
        return valStr;
      }
      return value;
    };
    var parseJsonArray = function(value) {
      if (!value) {
        return null;
      }
      return array.parse(value, allowNull(JSON.parse));
    };
    var parsePoint = function(value) {
      if (value[0] !== "(") {
        return null;
      }
      value = value.substring(1, value.length - 1).split(",");
      return {
        x: parseFloat(value[0]),
        y: parseFloat(value[1])
      };
    };
    var parseCircle = function(value) {
      if (value[0] !== "<" && value[1] !== "(") {
        return null;
      }
      var point = "(";
      var radius = "";
      var pointParsed = false;
      for (var i = 2; i < value.length - 1; i++) {
        if (!pointParsed) {
          point += value[i];
        }
        if (value[i] === ")") {
          pointParsed = true;
          continue;
        } else if (!pointParsed) {
          continue;
        }
        if (value[i] === ",") {
          continue;
        }
        radius += value[i];
      }
      var result = parsePoint(point);
      result.radius = parseFloat(radius);
      return result;
    };
    var init = function(register2) {
      register2(20, parseBigInteger);
      register2(21, parseInteger);
      register2(23, parseInteger);
      register2(26, parseInteger);
      register2(700, parseFloat);
      register2(701, parseFloat);
      register2(16, parseBool);
      register2(1082, parseDate);
      register2(1114, parseDate);
      register2(1184, parseDate);
      register2(600, parsePoint);
      register2(651, parseStringArray);
      register2(718, parseCircle);
      register2(1e3, parseBoolArray);
      register2(1001, parseByteAArray);
      register2(1005, parseIntegerArray);
      register2(1007, parseIntegerArray);
      register2(1028, parseIntegerArray);
      register2(1016, parseBigIntegerArray);
      register2(1017, parsePointArray);
      register2(1021, parseFloatArray);
      register2(1022, parseFloatArray);
      register2(1231, parseFloatArray);
      register2(1014, parseStringArray);
      register2(1015, parseStringArray);
      register2(1008, parseStringArray);
      register2(1009, parseStringArray);
      register2(1040, parseStringArray);
      register2(1041, parseStringArray);
      register2(1115, parseDateArray);
      register2(1182, parseDateArray);
      register2(1185, parseDateArray);
      register2(1186, parseInterval);
      register2(1187, parseIntervalArray);
      register2(17, parseByteA);
      register2(114, JSON.parse.bind(JSON));
      register2(3802, JSON.parse.bind(JSON));
      register2(199, parseJsonArray);
      register2(3807, parseJsonArray);
      register2(3907, parseStringArray);
      register2(2951, parseStringArray);
      register2(791, parseStringArray);
      register2(1183, parseStringArray);
      register2(1270, parseStringArray);
    };
    module.exports = {
      init
    };
  }
});

// node_modules/pg-int8/index.js
var require_pg_int8 = __commonJS({
  "node_modules/pg-int8/index.js"(exports, module) {
    "use strict";
    var BASE = 1e6;
    function readInt8(buffer) {
      var high = buffer.readInt32BE(0);
      var low = buffer.readUInt32BE(4);
      var sign = "";
      if (high < 0) {
        high = ~high + (low === 0);
        low = ~low + 1 >>> 0;
        sign = "-";
      }
      var result = "";
      var carry;
      var t;
      var digits;
      var pad;
      var l;
      var i;
      {
        carry = high % BASE;
        high = high / BASE >>> 0;
        t = 4294967296 * carry + low;
        low = t / BASE >>> 0;
        digits = "" + (t - BASE * low);
        if (low === 0 && high === 0) {
          return sign + digits + result;
        }
        pad = "";
        l = 6 - digits.length;
        for (i = 0; i < l; i++) {
          pad += "0";
        }
        result = pad + digits + result;
      }
      {
        carry = high % BASE;
        high = high / BASE >>> 0;
        t = 4294967296 * carry + low;
        low = t / BASE >>> 0;
        digits = "" + (t - BASE * low);
        if (low === 0 && high === 0) {
          return sign + digits + result;
        }
        pad = "";
        l = 6 - digits.length;
        for (i = 0; i < l; i++) {
          pad += "0";
        }
        result = pad + digits + result;
      }
      {
        carry = high % BASE;
        high = high / BASE >>> 0;
        t = 4294967296 * carry + low;
        low = t / BASE >>> 0;
        digits = "" + (t - BASE * low);
        if (low === 0 && high === 0) {
          return sign + digits + result;
        }
        pad = "";
        l = 6 - digits.length;
        for (i = 0; i < l; i++) {
          pad += "0";
        }
        result = pad + digits + result;
      }
      {
        carry = high % BASE;
        t = 4294967296 * carry + low;
        digits = "" + t % BASE;
        return sign + digits + result;
      }
    }
    module.exports = readInt8;
  }
});

// node_modules/pg-types/lib/binaryParsers.js
var require_binaryParsers = __commonJS({
  "node_modules/pg-types/lib/binaryParsers.js"(exports, module) {
    var parseInt64 = require_pg_int8();
    var parseBits = function(data, bits, offset, invert, callback) {
      offset = offset || 0;
      invert = invert || false;
      callback = callback || function(lastValue, newValue, bits2) {
        return lastValue * Math.pow(2, bits2) + newValue;
      };
      var offsetBytes = offset >> 3;
      var inv = function(value) {
        if (invert) {
          return ~value & 255;
        }
        return value;
      };
      var mask = 255;
      var firstBits = 8 - offset % 8;
      if (bits < firstBits) {
        mask = 255 << 8 - bits & 255;
        firstBits = bits;
      }
      if (offset) {
        mask = mask >> offset % 8;
      }
      var result = 0;
      if (offset % 8 + bits >= 8) {
        result = callback(0, inv(data[offsetBytes]) & mask, firstBits);
      }
      var bytes = bits + offset >> 3;
      for (var i = offsetBytes + 1; i < bytes; i++) {
        result = callback(result, inv(data[i]), 8);
      }
      var lastBits = (bits + offset) % 8;
      if (lastBits > 0) {
        result = callback(result, inv(data[bytes]) >> 8 - lastBits, lastBits);
      }
      return result;
    };
    var parseFloatFromBits = function(data, precisionBits, exponentBits) {
      var bias = Math.pow(2, exponentBits - 1) - 1;
      var sign = parseBits(data, 1);
      var exponent = parseBits(data, exponentBits, 1);
      if (exponent === 0) {
        return 0;
      }
      var precisionBitsCounter = 1;
      var parsePrecisionBits = function(lastValue, newValue, bits) {
        if (lastValue === 0) {
          lastValue = 1;
        }
        for (var i = 1; i <= bits; i++) {
          precisionBitsCounter /= 2;
          if ((newValue & 1 << bits - i) > 0) {
            lastValue += precisionBitsCounter;
          }
        }
        return lastValue;
      };
      var mantissa = parseBits(data, precisionBits, exponentBits + 1, false, parsePrecisionBits);
      if (exponent == Math.pow(2, exponentBits + 1) - 1) {
        if (mantissa === 0) {
          return sign === 0 ? Infinity : -Infinity;
        }
        return NaN;
      }
      return (sign === 0 ? 1 : -1) * Math.pow(2, exponent - bias) * mantissa;
    };
    var parseInt16 = function(value) {
      if (parseBits(value, 1) == 1) {
        return -1 * (parseBits(value, 15, 1, true) + 1);
      }
      return parseBits(value, 15, 1);
    };
    var parseInt32 = function(value) {
      if (parseBits(value, 1) == 1) {
        return -1 * (parseBits(value, 31, 1, true) + 1);
      }
      return parseBits(value, 31, 1);
    };
    var parseFloat32 = function(value) {
      return parseFloatFromBits(value, 23, 8);
    };
    var parseFloat64 = function(value) {
      return parseFloatFromBits(value, 52, 11);
    };
    var parseNumeric = function(value) {
      var sign = parseBits(value, 16, 32);
      if (sign == 49152) {
        return NaN;
      }
      var weight = Math.pow(1e4, parseBits(value, 16, 16));
      var result = 0;
      var digits = [];
      var ndigits = parseBits(value, 16);
      for (var i = 0; i < ndigits; i++) {
        result += parseBits(value, 16, 64 + 16 * i) * weight;
        weight /= 1e4;
      }
      var scale = Math.pow(10, parseBits(value, 16, 48));
      return (sign === 0 ? 1 : -1) * Math.round(result * scale) / scale;
    };
    var parseDate = function(isUTC, value) {
      var sign = parseBits(value, 1);
      var rawValue = parseBits(value, 63, 1);
      var result = new Date((sign === 0 ? 1 : -1) * rawValue / 1e3 + 9466848e5);
      if (!isUTC) {
        result.setTime(result.getTime() + result.getTimezoneOffset() * 6e4);
      }
      result.usec = rawValue % 1e3;
      result.getMicroSeconds = function() {
        return this.usec;
      };
      result.setMicroSeconds = function(value2) {
        this.usec = value2;
      };
      result.getUTCMicroSeconds = function() {
        return this.usec;
      };
      return result;
    };
    var parseArray = function(value) {
      var dim = parseBits(value, 32);
      var flags = parseBits(value, 32, 32);
      var elementType = parseBits(value, 32, 64);
      var offset = 96;
      var dims = [];
      for (var i = 0; i < dim; i++) {
        dims[i] = parseBits(value, 32, offset);
        offset += 32;
        offset += 32;
      }
      var parseElement = function(elementType2) {
        var length = parseBits(value, 32, offset);
        offset += 32;
        if (length == 4294967295) {
          return null;
        }
        var result;
        if (elementType2 == 23 || elementType2 == 20) {
          result = parseBits(value, length * 8, offset);
          offset += length * 8;
          return result;
        } else if (elementType2 == 25) {
          result = value.toString(this.encoding, offset >> 3, (offset += length << 3) >> 3);
          return result;
        } else {
          console.log("ERROR: ElementType not implemented: " + elementType2);
        }
      };
      var parse4 = function(dimension, elementType2) {
        var array = [];
        var i2;
        if (dimension.length > 1) {
          var count2 = dimension.shift();
          for (i2 = 0; i2 < count2; i2++) {
            array[i2] = parse4(dimension, elementType2);
          }
          dimension.unshift(count2);
        } else {
          for (i2 = 0; i2 < dimension[0]; i2++) {
            array[i2] = parseElement(elementType2);
          }
        }
        return array;
      };
      return parse4(dims, elementType);
    };
    var parseText = function(value) {
      return value.toString("utf8");
    };
    var parseBool = function(value) {
      if (value === null) return null;
      return parseBits(value, 8) > 0;
    };
    var init = function(register2) {
      register2(20, parseInt64);
      register2(21, parseInt16);
      register2(23, parseInt32);
      register2(26, parseInt32);
      register2(1700, parseNumeric);
      register2(700, parseFloat32);
      register2(701, parseFloat64);
      register2(16, parseBool);
      register2(1114, parseDate.bind(null, false));
      register2(1184, parseDate.bind(null, true));
      register2(1e3, parseArray);
      register2(1007, parseArray);
      register2(1016, parseArray);
      register2(1008, parseArray);
      register2(1009, parseArray);
      register2(25, parseText);
    };
    module.exports = {
      init
    };
  }
});

// node_modules/pg-types/lib/builtins.js
var require_builtins = __commonJS({
  "node_modules/pg-types/lib/builtins.js"(exports, module) {
    module.exports = {
      BOOL: 16,
      BYTEA: 17,
      CHAR: 18,
      INT8: 20,
      INT2: 21,
      INT4: 23,
      REGPROC: 24,
      TEXT: 25,
      OID: 26,
      TID: 27,
      XID: 28,
      CID: 29,
      JSON: 114,
      XML: 142,
      PG_NODE_TREE: 194,
      SMGR: 210,
      PATH: 602,
      POLYGON: 604,
      CIDR: 650,
      FLOAT4: 700,
      FLOAT8: 701,
      ABSTIME: 702,
      RELTIME: 703,
      TINTERVAL: 704,
      CIRCLE: 718,
      MACADDR8: 774,
      MONEY: 790,
      MACADDR: 829,
      INET: 869,
      ACLITEM: 1033,
      BPCHAR: 1042,
      VARCHAR: 1043,
      DATE: 1082,
      TIME: 1083,
      TIMESTAMP: 1114,
      TIMESTAMPTZ: 1184,
      INTERVAL: 1186,
      TIMETZ: 1266,
      BIT: 1560,
      VARBIT: 1562,
      NUMERIC: 1700,
      REFCURSOR: 1790,
      REGPROCEDURE: 2202,
      REGOPER: 2203,
      REGOPERATOR: 2204,
      REGCLASS: 2205,
      REGTYPE: 2206,
      UUID: 2950,
      TXID_SNAPSHOT: 2970,
      PG_LSN: 3220,
      PG_NDISTINCT: 3361,
      PG_DEPENDENCIES: 3402,
      TSVECTOR: 3614,
      TSQUERY: 3615,
      GTSVECTOR: 3642,
      REGCONFIG: 3734,
      REGDICTIONARY: 3769,
      JSONB: 3802,
      REGNAMESPACE: 4089,
      REGROLE: 4096
    };
  }
});

// node_modules/pg-types/index.js
var require_pg_types = __commonJS({
  "node_modules/pg-types/index.js"(exports) {
    var textParsers = require_textParsers();
    var binaryParsers = require_binaryParsers();
    var arrayParser = require_arrayParser();
    var builtinTypes = require_builtins();
    exports.getTypeParser = getTypeParser;
    exports.setTypeParser = setTypeParser;
    exports.arrayParser = arrayParser;
    exports.builtins = builtinTypes;
    var typeParsers = {
      text: {},
      binary: {}
    };
    function noParse(val) {
      return String(val);
    }
    function getTypeParser(oid, format) {
      format = format || "text";
      if (!typeParsers[format]) {
        return noParse;
      }
      return typeParsers[format][oid] || noParse;
    }
    function setTypeParser(oid, format, parseFn) {
      if (typeof format == "function") {
        parseFn = format;
        format = "text";
      }
      typeParsers[format][oid] = parseFn;
    }
    textParsers.init(function(oid, converter) {
      typeParsers.text[oid] = converter;
    });
    binaryParsers.init(function(oid, converter) {
      typeParsers.binary[oid] = converter;
    });
  }
});

// node_modules/pg/lib/defaults.js
var require_defaults = __commonJS({
  "node_modules/pg/lib/defaults.js"(exports, module) {
    "use strict";
    var user;
    try {
      user = process.platform === "win32" ? process.env.USERNAME : process.env.USER;
    } catch {
    }
    module.exports = {
      // database host. defaults to localhost
      host: "localhost",
      // database user's name
      user,
      // name of database to connect
      database: void 0,
      // database user's password
      password: null,
      // a Postgres connection string to be used instead of setting individual connection items
      // NOTE:  Setting this value will cause it to override any other value (such as database or user) defined
      // in the defaults object.
      connectionString: void 0,
      // database port
      port: 5432,
      // number of rows to return at a time from a prepared statement's
      // portal. 0 will return all rows at once
      rows: 0,
      // binary result mode
      binary: false,
      // Connection pool options - see https://github.com/brianc/node-pg-pool
      // number of connections to use in connection pool
      // 0 will disable connection pooling
      max: 10,
      // max milliseconds a client can go unused before it is removed
      // from the pool and destroyed
      idleTimeoutMillis: 3e4,
      client_encoding: "",
      ssl: false,
      // SSL negotiation style: 'postgres' (traditional SSLRequest) or 'direct'
      sslnegotiation: void 0,
      application_name: void 0,
      fallback_application_name: void 0,
      options: void 0,
      parseInputDatesAsUTC: false,
      // max milliseconds any query using this connection will execute for before timing out in error.
      // false=unlimited
      statement_timeout: false,
      // Abort any statement that waits longer than the specified duration in milliseconds while attempting to acquire a lock.
      // false=unlimited
      lock_timeout: false,
      // Terminate any session with an open transaction that has been idle for longer than the specified duration in milliseconds
      // false=unlimited
      idle_in_transaction_session_timeout: false,
      // max milliseconds to wait for query to complete (client side)
      query_timeout: false,
      connect_timeout: 0,
      keepalives: 1,
      keepalives_idle: 0
    };
    var pgTypes = require_pg_types();
    var parseBigInteger = pgTypes.getTypeParser(20, "text");
    var parseBigIntegerArray = pgTypes.getTypeParser(1016, "text");
    module.exports.__defineSetter__("parseInt8", function(val) {
      pgTypes.setTypeParser(20, "text", val ? pgTypes.getTypeParser(23, "text") : parseBigInteger);
      pgTypes.setTypeParser(1016, "text", val ? pgTypes.getTypeParser(1007, "text") : parseBigIntegerArray);
    });
  }
});

// node_modules/pg/lib/utils.js
var require_utils = __commonJS({
  "node_modules/pg/lib/utils.js"(exports, module) {
    "use strict";
    var defaults3 = require_defaults();
    var nodeUtils = __require("util");
    var { isDate } = __require("util/types");
    var invalidDateDeprecationNotice = nodeUtils.deprecate(
      () => {
      },
      "Sending an invalid date to Postgres is deprecated and will throw an error in the next major version of pg. Ensure any Date object passed as a query parameter is valid.",
      "PG_INVALID_DATE"
    );
    function escapeElement(elementRepresentation) {
      const escaped = elementRepresentation.replace(/\\/g, "\\\\").replace(/"/g, '\\"');
      return '"' + escaped + '"';
    }
    function arrayString(val) {
      let result = "{";
      for (let i = 0; i < val.length; i++) {
        if (i > 0) {
          result += ",";
        }
        let item = val[i];
        if (item == null) {
          result += "NULL";
        } else if (Array.isArray(item)) {
          result += arrayString(item);
        } else if (ArrayBuffer.isView(item)) {
          if (!(item instanceof Buffer)) {
            item = Buffer.from(item.buffer, item.byteOffset, item.byteLength);
          }
          result += "\\\\x" + item.toString("hex");
        } else {
          result += escapeElement(prepareValue(item));
        }
      }
      result += "}";
      return result;
    }
    var prepareValue = function(val, seen) {
      if (val == null) {
        return null;
      }
      if (typeof val === "object") {
        if (val instanceof Buffer) {
          return val;
        }
        if (ArrayBuffer.isView(val)) {
          return Buffer.from(val.buffer, val.byteOffset, val.byteLength);
        }
        if (isDate(val)) {
          if (isNaN(val.getTime())) {
            invalidDateDeprecationNotice();
          }
          if (defaults3.parseInputDatesAsUTC) {
            return dateToStringUTC(val);
          } else {
            return dateToString(val);
          }
        }
        if (Array.isArray(val)) {
          return arrayString(val);
        }
        return prepareObject(val, seen);
      }
      return val.toString();
    };
    function prepareObject(val, seen) {
      if (val && typeof val.toPostgres === "function") {
        seen = seen || [];
        if (seen.indexOf(val) !== -1) {
          throw new Error('circular reference detected while preparing "' + val + '" for query');
        }
        seen.push(val);
        return prepareValue(val.toPostgres(prepareValue), seen);
      }
      return JSON.stringify(val);
    }
    function dateToString(date) {
      let offset = -date.getTimezoneOffset();
      let year = date.getFullYear();
      const isBCYear = year < 1;
      if (isBCYear) year = Math.abs(year) + 1;
      let ret = String(year).padStart(4, "0") + "-" + String(date.getMonth() + 1).padStart(2, "0") + "-" + String(date.getDate()).padStart(2, "0") + "T" + String(date.getHours()).padStart(2, "0") + ":" + String(date.getMinutes()).padStart(2, "0") + ":" + String(date.getSeconds()).padStart(2, "0") + "." + String(date.getMilliseconds()).padStart(3, "0");
      if (offset < 0) {
        ret += "-";
        offset *= -1;
      } else {
        ret += "+";
      }
      ret += String(Math.floor(offset / 60)).padStart(2, "0") + ":" + String(offset % 60).padStart(2, "0");
      if (isBCYear) ret += " BC";
      return ret;
    }
    function dateToStringUTC(date) {
      let year = date.getUTCFullYear();
      const isBCYear = year < 1;
      if (isBCYear) year = Math.abs(year) + 1;
      let ret = String(year).padStart(4, "0") + "-" + String(date.getUTCMonth() + 1).padStart(2, "0") + "-" + String(date.getUTCDate()).padStart(2, "0") + "T" + String(date.getUTCHours()).padStart(2, "0") + ":" + String(date.getUTCMinutes()).padStart(2, "0") + ":" + String(date.getUTCSeconds()).padStart(2, "0") + "." + String(date.getUTCMilliseconds()).padStart(3, "0");
      ret += "+00:00";
      if (isBCYear) ret += " BC";
      return ret;
    }
    function normalizeQueryConfig(config, values, callback) {
      config = typeof config === "string" ? { text: config } : cloneQueryConfig(config);
      if (values) {
        if (typeof values === "function") {
          config.callback = values;
        } else {
          config.values = values;
        }
      }
      if (callback) {
        config.callback = callback;
      }
      return config;
    }
    function cloneQueryConfig(config) {
      if (config == null) {
        return config;
      }
      return Object.defineProperties(Object.create(Object.getPrototypeOf(config)), Object.getOwnPropertyDescriptors(config));
    }
    var escapeIdentifier2 = function(str) {
      return '"' + str.replace(/"/g, '""') + '"';
    };
    var escapeLiteral3 = function(str) {
      let hasBackslash = false;
      let escaped = "'";
      if (str == null) {
        return "''";
      }
      if (typeof str !== "string") {
        return "''";
      }
      for (let i = 0; i < str.length; i++) {
        const c = str[i];
        if (c === "'") {
          escaped += c + c;
        } else if (c === "\\") {
          escaped += c + c;
          hasBackslash = true;
        } else {
          escaped += c;
        }
      }
      escaped += "'";
      if (hasBackslash === true) {
        escaped = " E" + escaped;
      }
      return escaped;
    };
    module.exports = {
      prepareValue: function prepareValueWrapper(value) {
        return prepareValue(value);
      },
      normalizeQueryConfig,
      escapeIdentifier: escapeIdentifier2,
      escapeLiteral: escapeLiteral3
    };
  }
});

// node_modules/pg/lib/crypto/utils.js
var require_utils2 = __commonJS({
  "node_modules/pg/lib/crypto/utils.js"(exports, module) {
    var nodeCrypto = __require("crypto");
    module.exports = {
      postgresMd5PasswordHash,
      randomBytes: randomBytes2,
      deriveKey,
      sha256,
      hashByName,
      hmacSha256,
      md5
    };
    var webCrypto = nodeCrypto.webcrypto || globalThis.crypto;
    var subtleCrypto = webCrypto.subtle;
    var textEncoder = new TextEncoder();
    function randomBytes2(length) {
      return webCrypto.getRandomValues(Buffer.alloc(length));
    }
    async function md5(string2) {
      try {
        return nodeCrypto.createHash("md5").update(string2, "utf-8").digest("hex");
      } catch (e) {
        const data = typeof string2 === "string" ? textEncoder.encode(string2) : string2;
        const hash = await subtleCrypto.digest("MD5", data);
        return Array.from(new Uint8Array(hash)).map((b) => b.toString(16).padStart(2, "0")).join("");
      }
    }
    async function postgresMd5PasswordHash(user, password, salt) {
      const inner = await md5(password + user);
      const outer = await md5(Buffer.concat([Buffer.from(inner), salt]));
      return "md5" + outer;
    }
    async function sha256(text) {
      return await subtleCrypto.digest("SHA-256", text);
    }
    async function hashByName(hashName, text) {
      return await subtleCrypto.digest(hashName, text);
    }
    async function hmacSha256(keyBuffer, msg) {
      const key3 = await subtleCrypto.importKey("raw", keyBuffer, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
      return await subtleCrypto.sign("HMAC", key3, textEncoder.encode(msg));
    }
    async function deriveKey(password, salt, iterations) {
      const key3 = await subtleCrypto.importKey("raw", textEncoder.encode(password), "PBKDF2", false, ["deriveBits"]);
      const params = { name: "PBKDF2", hash: "SHA-256", salt, iterations };
      return await subtleCrypto.deriveBits(params, key3, 32 * 8, ["deriveBits"]);
    }
  }
});

// node_modules/pg/lib/crypto/cert-signatures.js
var require_cert_signatures = __commonJS({
  "node_modules/pg/lib/crypto/cert-signatures.js"(exports, module) {
    function x509Error(msg, cert) {
      return new Error("SASL channel binding: " + msg + " when parsing public certificate " + cert.toString("base64"));
    }
    function readASN1Length(data, index) {
      let length = data[index++];
      if (length < 128) return { length, index };
      const lengthBytes = length & 127;
      if (lengthBytes > 4) throw x509Error("bad length", data);
      length = 0;
      for (let i = 0; i < lengthBytes; i++) {
        length = length << 8 | data[index++];
      }
      return { length, index };
    }
    function readASN1OID(data, index) {
      if (data[index++] !== 6) throw x509Error("non-OID data", data);
      const { length: OIDLength, index: indexAfterOIDLength } = readASN1Length(data, index);
      index = indexAfterOIDLength;
      const lastIndex = index + OIDLength;
      const byte1 = data[index++];
      let oid = (byte1 / 40 >> 0) + "." + byte1 % 40;
      while (index < lastIndex) {
        let value = 0;
        while (index < lastIndex) {
          const nextByte = data[index++];
          value = value << 7 | nextByte & 127;
          if (nextByte < 128) break;
        }
        oid += "." + value;
      }
      return { oid, index };
    }
    function expectASN1Seq(data, index) {
      if (data[index++] !== 48) throw x509Error("non-sequence data", data);
      return readASN1Length(data, index);
    }
    function signatureAlgorithmHashFromCertificate(data, index) {
      if (index === void 0) index = 0;
      index = expectASN1Seq(data, index).index;
      const { length: certInfoLength, index: indexAfterCertInfoLength } = expectASN1Seq(data, index);
      index = indexAfterCertInfoLength + certInfoLength;
      index = expectASN1Seq(data, index).index;
      const { oid, index: indexAfterOID } = readASN1OID(data, index);
      switch (oid) {
        // RSA
        case "1.2.840.113549.1.1.4":
          return "MD5";
        case "1.2.840.113549.1.1.5":
          return "SHA-1";
        case "1.2.840.113549.1.1.11":
          return "SHA-256";
        case "1.2.840.113549.1.1.12":
          return "SHA-384";
        case "1.2.840.113549.1.1.13":
          return "SHA-512";
        case "1.2.840.113549.1.1.14":
          return "SHA-224";
        case "1.2.840.113549.1.1.15":
          return "SHA512-224";
        case "1.2.840.113549.1.1.16":
          return "SHA512-256";
        // ECDSA
        case "1.2.840.10045.4.1":
          return "SHA-1";
        case "1.2.840.10045.4.3.1":
          return "SHA-224";
        case "1.2.840.10045.4.3.2":
          return "SHA-256";
        case "1.2.840.10045.4.3.3":
          return "SHA-384";
        case "1.2.840.10045.4.3.4":
          return "SHA-512";
        // RSASSA-PSS: hash is indicated separately
        case "1.2.840.113549.1.1.10": {
          index = indexAfterOID;
          index = expectASN1Seq(data, index).index;
          if (data[index++] !== 160) throw x509Error("non-tag data", data);
          index = readASN1Length(data, index).index;
          index = expectASN1Seq(data, index).index;
          const { oid: hashOID } = readASN1OID(data, index);
          switch (hashOID) {
            // standalone hash OIDs
            case "1.2.840.113549.2.5":
              return "MD5";
            case "1.3.14.3.2.26":
              return "SHA-1";
            case "2.16.840.1.101.3.4.2.1":
              return "SHA-256";
            case "2.16.840.1.101.3.4.2.2":
              return "SHA-384";
            case "2.16.840.1.101.3.4.2.3":
              return "SHA-512";
          }
          throw x509Error("unknown hash OID " + hashOID, data);
        }
        // Ed25519 -- see https://github.com/openssl/openssl/issues/15477
        case "1.3.101.110":
        case "1.3.101.112":
          return "SHA-512";
        // Ed448 -- still not in pg 17.2 (if supported, digest would be SHAKE256 x 64 bytes)
        case "1.3.101.111":
        case "1.3.101.113":
          throw x509Error("Ed448 certificate channel binding is not currently supported by Postgres");
      }
      throw x509Error("unknown OID " + oid, data);
    }
    module.exports = { signatureAlgorithmHashFromCertificate };
  }
});

// node_modules/pg/lib/crypto/sasl.js
var require_sasl = __commonJS({
  "node_modules/pg/lib/crypto/sasl.js"(exports, module) {
    "use strict";
    var crypto = require_utils2();
    var { signatureAlgorithmHashFromCertificate } = require_cert_signatures();
    function saslprep(password) {
      const nonAsciiSpace = /[\u00A0\u1680\u2000-\u200B\u202F\u205F\u3000]/g;
      const mappedToNothing = /[\u00AD\u034F\u1806\u180B\u180C\u180D\u200C\u200D\u2060\uFE00-\uFE0F\uFEFF]/g;
      return password.replace(nonAsciiSpace, " ").replace(mappedToNothing, "").normalize("NFKC");
    }
    var DEFAULT_MAX_SCRAM_ITERATIONS = 1e5;
    function startSession(mechanisms, stream, scramMaxIterations = DEFAULT_MAX_SCRAM_ITERATIONS) {
      const candidates = ["SCRAM-SHA-256"];
      if (stream) candidates.unshift("SCRAM-SHA-256-PLUS");
      const mechanism = candidates.find((candidate) => mechanisms.includes(candidate));
      if (!mechanism) {
        throw new Error("SASL: Only mechanism(s) " + candidates.join(" and ") + " are supported");
      }
      if (mechanism === "SCRAM-SHA-256-PLUS" && typeof stream.getPeerCertificate !== "function") {
        throw new Error("SASL: Mechanism SCRAM-SHA-256-PLUS requires a certificate");
      }
      const clientNonce = crypto.randomBytes(18).toString("base64");
      const gs2Header = mechanism === "SCRAM-SHA-256-PLUS" ? "p=tls-server-end-point" : stream ? "y" : "n";
      return {
        mechanism,
        clientNonce,
        response: gs2Header + ",,n=*,r=" + clientNonce,
        message: "SASLInitialResponse",
        scramMaxIterations
      };
    }
    async function continueSession(session, password, serverData, stream) {
      if (session.message !== "SASLInitialResponse") {
        throw new Error("SASL: Last message was not SASLInitialResponse");
      }
      if (typeof password !== "string") {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string");
      }
      if (password === "") {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a non-empty string");
      }
      if (typeof serverData !== "string") {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: serverData must be a string");
      }
      const sv = parseServerFirstMessage(serverData);
      if (!sv.nonce.startsWith(session.clientNonce)) {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: server nonce does not start with client nonce");
      } else if (sv.nonce.length === session.clientNonce.length) {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: server nonce is too short");
      }
      const scramMaxIterations = typeof session.scramMaxIterations === "number" ? session.scramMaxIterations : DEFAULT_MAX_SCRAM_ITERATIONS;
      if (scramMaxIterations !== 0 && sv.iteration > scramMaxIterations) {
        throw new Error(
          "SASL: SCRAM-SERVER-FIRST-MESSAGE: iteration count " + sv.iteration + " exceeds scramMaxIterations of " + scramMaxIterations
        );
      }
      const clientFirstMessageBare = "n=*,r=" + session.clientNonce;
      const serverFirstMessage = "r=" + sv.nonce + ",s=" + sv.salt + ",i=" + sv.iteration;
      let channelBinding = stream ? "eSws" : "biws";
      if (session.mechanism === "SCRAM-SHA-256-PLUS") {
        const peerCert = stream.getPeerCertificate().raw;
        let hashName = signatureAlgorithmHashFromCertificate(peerCert);
        if (hashName === "MD5" || hashName === "SHA-1") hashName = "SHA-256";
        const certHash = await crypto.hashByName(hashName, peerCert);
        const bindingData = Buffer.concat([Buffer.from("p=tls-server-end-point,,"), Buffer.from(certHash)]);
        channelBinding = bindingData.toString("base64");
      }
      const clientFinalMessageWithoutProof = "c=" + channelBinding + ",r=" + sv.nonce;
      const authMessage = clientFirstMessageBare + "," + serverFirstMessage + "," + clientFinalMessageWithoutProof;
      const saltBytes = Buffer.from(sv.salt, "base64");
      const saltedPassword = await crypto.deriveKey(saslprep(password), saltBytes, sv.iteration);
      const clientKey = await crypto.hmacSha256(saltedPassword, "Client Key");
      const storedKey = await crypto.sha256(clientKey);
      const clientSignature = await crypto.hmacSha256(storedKey, authMessage);
      const clientProof = xorBuffers(Buffer.from(clientKey), Buffer.from(clientSignature)).toString("base64");
      const serverKey = await crypto.hmacSha256(saltedPassword, "Server Key");
      const serverSignatureBytes = await crypto.hmacSha256(serverKey, authMessage);
      session.message = "SASLResponse";
      session.serverSignature = Buffer.from(serverSignatureBytes).toString("base64");
      session.response = clientFinalMessageWithoutProof + ",p=" + clientProof;
    }
    function finalizeSession(session, serverData) {
      if (session.message !== "SASLResponse") {
        throw new Error("SASL: Last message was not SASLResponse");
      }
      if (typeof serverData !== "string") {
        throw new Error("SASL: SCRAM-SERVER-FINAL-MESSAGE: serverData must be a string");
      }
      const { serverSignature } = parseServerFinalMessage(serverData);
      if (serverSignature !== session.serverSignature) {
        throw new Error("SASL: SCRAM-SERVER-FINAL-MESSAGE: server signature does not match");
      }
    }
    function isPrintableChars(text) {
      if (typeof text !== "string") {
        throw new TypeError("SASL: text must be a string");
      }
      return text.split("").map((_, i) => text.charCodeAt(i)).every((c) => c >= 33 && c <= 43 || c >= 45 && c <= 126);
    }
    function isBase64(text) {
      return /^(?:[a-zA-Z0-9+/]{4})*(?:[a-zA-Z0-9+/]{2}==|[a-zA-Z0-9+/]{3}=)?$/.test(text);
    }
    function parseAttributePairs(text) {
      if (typeof text !== "string") {
        throw new TypeError("SASL: attribute pairs text must be a string");
      }
      return new Map(
        text.split(",").map((attrValue) => {
          if (!/^.=/.test(attrValue)) {
            throw new Error("SASL: Invalid attribute pair entry");
          }
          const name = attrValue[0];
          const value = attrValue.substring(2);
          return [name, value];
        })
      );
    }
    function parseServerFirstMessage(data) {
      const attrPairs = parseAttributePairs(data);
      const nonce = attrPairs.get("r");
      if (!nonce) {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: nonce missing");
      } else if (!isPrintableChars(nonce)) {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: nonce must only contain printable characters");
      }
      const salt = attrPairs.get("s");
      if (!salt) {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: salt missing");
      } else if (!isBase64(salt)) {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: salt must be base64");
      }
      const iterationText = attrPairs.get("i");
      if (!iterationText) {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: iteration missing");
      } else if (!/^[1-9][0-9]*$/.test(iterationText)) {
        throw new Error("SASL: SCRAM-SERVER-FIRST-MESSAGE: invalid iteration count");
      }
      const iteration = parseInt(iterationText, 10);
      return {
        nonce,
        salt,
        iteration
      };
    }
    function parseServerFinalMessage(serverData) {
      const attrPairs = parseAttributePairs(serverData);
      const error = attrPairs.get("e");
      const serverSignature = attrPairs.get("v");
      if (error) {
        throw new Error(`SASL: SCRAM-SERVER-FINAL-MESSAGE: server returned error: "${error}"`);
      }
      if (!serverSignature) {
        throw new Error("SASL: SCRAM-SERVER-FINAL-MESSAGE: server signature is missing");
      } else if (!isBase64(serverSignature)) {
        throw new Error("SASL: SCRAM-SERVER-FINAL-MESSAGE: server signature must be base64");
      }
      return {
        serverSignature
      };
    }
    function xorBuffers(a, b) {
      if (!Buffer.isBuffer(a)) {
        throw new TypeError("first argument must be a Buffer");
      }
      if (!Buffer.isBuffer(b)) {
        throw new TypeError("second argument must be a Buffer");
      }
      if (a.length !== b.length) {
        throw new Error("Buffer lengths must match");
      }
      if (a.length === 0) {
        throw new Error("Buffers cannot be empty");
      }
      return Buffer.from(a.map((_, i) => a[i] ^ b[i]));
    }
    module.exports = {
      startSession,
      continueSession,
      finalizeSession,
      DEFAULT_MAX_SCRAM_ITERATIONS
    };
  }
});

// node_modules/pg/lib/type-overrides.js
var require_type_overrides = __commonJS({
  "node_modules/pg/lib/type-overrides.js"(exports, module) {
    "use strict";
    var types2 = require_pg_types();
    function TypeOverrides2(userTypes) {
      this._types = userTypes || types2;
      this.text = {};
      this.binary = {};
    }
    TypeOverrides2.prototype.getOverrides = function(format) {
      switch (format) {
        case "text":
          return this.text;
        case "binary":
          return this.binary;
        default:
          return {};
      }
    };
    TypeOverrides2.prototype.setTypeParser = function(oid, format, parseFn) {
      if (typeof format === "function") {
        parseFn = format;
        format = "text";
      }
      this.getOverrides(format)[oid] = parseFn;
    };
    TypeOverrides2.prototype.getTypeParser = function(oid, format) {
      format = format || "text";
      return this.getOverrides(format)[oid] || this._types.getTypeParser(oid, format);
    };
    module.exports = TypeOverrides2;
  }
});

// node_modules/pg-connection-string/index.js
var require_pg_connection_string = __commonJS({
  "node_modules/pg-connection-string/index.js"(exports, module) {
    "use strict";
    function parse4(str, options = {}) {
      if (str.charAt(0) === "/") {
        const config2 = str.split(" ");
        return { host: config2[0], database: config2[1] };
      }
      const config = /* @__PURE__ */ Object.create(null);
      let result;
      let dummyHost = false;
      if (/ |%[^a-f0-9]|%[a-f0-9][^a-f0-9]/i.test(str)) {
        str = encodeURI(str).replace(/%25(\d\d)/g, "%$1");
      }
      try {
        try {
          result = new URL(str, "postgres://base");
        } catch (e) {
          result = new URL(str.replace("@/", "@___DUMMY___/"), "postgres://base");
          dummyHost = true;
        }
      } catch (err) {
        err.input && (err.input = "*****REDACTED*****");
        throw err;
      }
      for (const entry of result.searchParams.entries()) {
        config[entry[0]] = entry[1];
      }
      config.user = config.user || decodeURIComponent(result.username);
      config.password = config.password || decodeURIComponent(result.password);
      if (result.protocol == "socket:") {
        config.host = decodeURI(result.pathname);
        config.database = result.searchParams.get("db");
        config.client_encoding = result.searchParams.get("encoding");
        return config;
      }
      const hostname = (dummyHost ? "" : result.hostname).replace(/^\[(.+)\]$/, "$1");
      if (!config.host) {
        config.host = decodeURIComponent(hostname);
      } else if (hostname && /^%2f/i.test(hostname)) {
        result.pathname = hostname + result.pathname;
      }
      if (!config.port) {
        config.port = result.port;
      }
      const pathname = result.pathname.slice(1) || null;
      config.database = pathname ? decodeURI(pathname) : null;
      if (config.ssl === "true" || config.ssl === "1") {
        config.ssl = true;
      }
      if (config.ssl === "0") {
        config.ssl = false;
      }
      if (config.sslcert || config.sslkey || config.sslrootcert || config.sslmode) {
        config.ssl = {};
      }
      if (config.sslnegotiation === "direct" && config.ssl === void 0) {
        config.ssl = true;
      }
      const fs = config.sslcert || config.sslkey || config.sslrootcert ? __require("fs") : null;
      if (config.sslcert) {
        config.ssl.cert = fs.readFileSync(config.sslcert).toString();
      }
      if (config.sslkey) {
        config.ssl.key = fs.readFileSync(config.sslkey).toString();
      }
      if (config.sslrootcert) {
        config.ssl.ca = fs.readFileSync(config.sslrootcert).toString();
      }
      if (options.useLibpqCompat && config.uselibpqcompat) {
        throw new Error("Both useLibpqCompat and uselibpqcompat are set. Please use only one of them.");
      }
      if (config.uselibpqcompat === "true" || options.useLibpqCompat) {
        switch (config.sslmode) {
          case "disable": {
            config.ssl = false;
            break;
          }
          case "prefer": {
            config.ssl.rejectUnauthorized = false;
            break;
          }
          case "require": {
            if (config.sslrootcert) {
              config.ssl.checkServerIdentity = function() {
              };
            } else {
              config.ssl.rejectUnauthorized = false;
            }
            break;
          }
          case "verify-ca": {
            if (!config.ssl.ca) {
              throw new Error(
                "SECURITY WARNING: Using sslmode=verify-ca requires specifying a CA with sslrootcert. If a public CA is used, verify-ca allows connections to a server that somebody else may have registered with the CA, making you vulnerable to Man-in-the-Middle attacks. Either specify a custom CA certificate with sslrootcert parameter or use sslmode=verify-full for proper security."
              );
            }
            config.ssl.checkServerIdentity = function() {
            };
            break;
          }
          case "verify-full": {
            break;
          }
        }
      } else {
        switch (config.sslmode) {
          case "disable": {
            config.ssl = false;
            break;
          }
          case "prefer":
          case "require":
          case "verify-ca":
          case "verify-full": {
            if (config.sslmode !== "verify-full") {
              deprecatedSslModeWarning(config.sslmode);
            }
            break;
          }
          case "no-verify": {
            config.ssl.rejectUnauthorized = false;
            break;
          }
        }
      }
      return config;
    }
    function toConnectionOptions(sslConfig) {
      const connectionOptions = Object.entries(sslConfig).reduce((c, [key3, value]) => {
        if (value !== void 0 && value !== null) {
          c[key3] = value;
        }
        return c;
      }, /* @__PURE__ */ Object.create(null));
      return connectionOptions;
    }
    function toClientConfig(config) {
      const poolConfig = Object.entries(config).reduce((c, [key3, value]) => {
        if (key3 === "ssl") {
          const sslConfig = value;
          if (typeof sslConfig === "boolean") {
            c[key3] = sslConfig;
          }
          if (typeof sslConfig === "object") {
            c[key3] = toConnectionOptions(sslConfig);
          }
        } else if (value !== void 0 && value !== null) {
          if (key3 === "port") {
            if (value !== "") {
              const v = parseInt(value, 10);
              if (isNaN(v)) {
                throw new Error(`Invalid ${key3}: ${value}`);
              }
              c[key3] = v;
            }
          } else {
            c[key3] = value;
          }
        }
        return c;
      }, /* @__PURE__ */ Object.create(null));
      return poolConfig;
    }
    function parseIntoClientConfig(str) {
      return toClientConfig(parse4(str));
    }
    function deprecatedSslModeWarning(sslmode) {
      if (!deprecatedSslModeWarning.warned && typeof process !== "undefined" && process.emitWarning) {
        deprecatedSslModeWarning.warned = true;
        process.emitWarning(`SECURITY WARNING: The SSL modes 'prefer', 'require', and 'verify-ca' are treated as aliases for 'verify-full'.
In the next major version (pg-connection-string v3.0.0 and pg v9.0.0), these modes will adopt standard libpq semantics, which have weaker security guarantees.

To prepare for this change:
- If you want the current behavior, explicitly use 'sslmode=verify-full'
- If you want libpq compatibility now, use 'uselibpqcompat=true&sslmode=${sslmode}'

See https://www.postgresql.org/docs/current/libpq-ssl.html for libpq SSL mode definitions.`);
      }
    }
    module.exports = parse4;
    parse4.parse = parse4;
    parse4.toClientConfig = toClientConfig;
    parse4.parseIntoClientConfig = parseIntoClientConfig;
  }
});

// node_modules/pg/lib/connection-parameters.js
var require_connection_parameters = __commonJS({
  "node_modules/pg/lib/connection-parameters.js"(exports, module) {
    "use strict";
    var dns = __require("dns");
    var defaults3 = require_defaults();
    var parse4 = require_pg_connection_string().parse;
    var val = function(key3, config, envVar) {
      if (config[key3]) {
        return config[key3];
      }
      if (envVar === void 0) {
        envVar = process.env["PG" + key3.toUpperCase()];
      } else if (envVar === false) {
      } else {
        envVar = process.env[envVar];
      }
      return envVar || defaults3[key3];
    };
    var readSSLConfigFromEnvironment = function() {
      switch (process.env.PGSSLMODE) {
        case "disable":
          return false;
        case "prefer":
        case "require":
        case "verify-ca":
        case "verify-full":
          return true;
        case "no-verify":
          return { rejectUnauthorized: false };
      }
      return defaults3.ssl;
    };
    var quoteParamValue = function(value) {
      return "'" + ("" + value).replace(/\\/g, "\\\\").replace(/'/g, "\\'") + "'";
    };
    var add = function(params, config, paramName) {
      const value = config[paramName];
      if (value !== void 0 && value !== null) {
        params.push(paramName + "=" + quoteParamValue(value));
      }
    };
    var ConnectionParameters = class {
      constructor(config) {
        config = typeof config === "string" ? parse4(config) : config || {};
        if (config.connectionString) {
          config = Object.assign({}, config, parse4(config.connectionString));
        }
        this.user = val("user", config);
        this.database = val("database", config);
        if (this.database === void 0) {
          this.database = this.user;
        }
        this.port = parseInt(val("port", config), 10);
        this.host = val("host", config);
        Object.defineProperty(this, "password", {
          configurable: true,
          enumerable: false,
          writable: true,
          value: val("password", config)
        });
        this.binary = val("binary", config);
        this.options = val("options", config);
        this.ssl = typeof config.ssl === "undefined" ? readSSLConfigFromEnvironment() : config.ssl;
        if (typeof this.ssl === "string") {
          if (this.ssl === "true") {
            this.ssl = true;
          }
        }
        if (this.ssl === "no-verify") {
          this.ssl = { rejectUnauthorized: false };
        }
        if (this.ssl && this.ssl.key) {
          Object.defineProperty(this.ssl, "key", {
            enumerable: false
          });
        }
        this.sslnegotiation = val("sslnegotiation", config, "PGSSLNEGOTIATION");
        if (this.sslnegotiation !== void 0 && this.sslnegotiation !== "postgres" && this.sslnegotiation !== "direct") {
          throw new Error(
            `Invalid sslnegotiation value: "${this.sslnegotiation}". Valid values are "postgres" and "direct".`
          );
        }
        if (this.sslnegotiation === "direct" && !this.ssl) {
          throw new Error("sslnegotiation=direct requires SSL to be enabled");
        }
        this.client_encoding = val("client_encoding", config);
        this.replication = val("replication", config);
        this.isDomainSocket = !(this.host || "").indexOf("/");
        this.application_name = val("application_name", config, "PGAPPNAME");
        this.fallback_application_name = val("fallback_application_name", config, false);
        this.statement_timeout = val("statement_timeout", config, false);
        this.lock_timeout = val("lock_timeout", config, false);
        this.idle_in_transaction_session_timeout = val("idle_in_transaction_session_timeout", config, false);
        this.query_timeout = val("query_timeout", config, false);
        if (config.connectionTimeoutMillis === void 0) {
          this.connect_timeout = process.env.PGCONNECT_TIMEOUT || 0;
        } else {
          this.connect_timeout = Math.floor(config.connectionTimeoutMillis / 1e3);
        }
        if (config.keepAlive === false) {
          this.keepalives = 0;
        } else if (config.keepAlive === true) {
          this.keepalives = 1;
        }
        if (typeof config.keepAliveInitialDelayMillis === "number") {
          this.keepalives_idle = Math.floor(config.keepAliveInitialDelayMillis / 1e3);
        }
      }
      getLibpqConnectionString(cb) {
        const params = [];
        add(params, this, "user");
        add(params, this, "password");
        add(params, this, "port");
        add(params, this, "application_name");
        add(params, this, "fallback_application_name");
        add(params, this, "connect_timeout");
        add(params, this, "options");
        const ssl = typeof this.ssl === "object" ? this.ssl : this.ssl ? { sslmode: this.ssl } : {};
        add(params, ssl, "sslmode");
        add(params, ssl, "sslca");
        add(params, ssl, "sslkey");
        add(params, ssl, "sslcert");
        add(params, ssl, "sslrootcert");
        add(params, this, "sslnegotiation");
        if (this.database) {
          params.push("dbname=" + quoteParamValue(this.database));
        }
        if (this.replication) {
          params.push("replication=" + quoteParamValue(this.replication));
        }
        if (this.host) {
          params.push("host=" + quoteParamValue(this.host));
        }
        if (this.isDomainSocket) {
          return cb(null, params.join(" "));
        }
        if (this.client_encoding) {
          params.push("client_encoding=" + quoteParamValue(this.client_encoding));
        }
        dns.lookup(this.host, function(err, address) {
          if (err) return cb(err, null);
          params.push("hostaddr=" + quoteParamValue(address));
          return cb(null, params.join(" "));
        });
      }
    };
    module.exports = ConnectionParameters;
  }
});

// node_modules/pg/lib/result.js
var require_result = __commonJS({
  "node_modules/pg/lib/result.js"(exports, module) {
    "use strict";
    var types2 = require_pg_types();
    var matchRegexp = /^([A-Za-z]+)(?: (\d+))?(?: (\d+))?/;
    var Result2 = class {
      constructor(rowMode, types3) {
        this.command = null;
        this.rowCount = null;
        this.oid = null;
        this.rows = [];
        this.fields = [];
        this._parsers = void 0;
        this._types = types3;
        this.RowCtor = null;
        this.rowAsArray = rowMode === "array";
        if (this.rowAsArray) {
          this.parseRow = this._parseRowAsArray;
        }
        this._prebuiltEmptyResultObject = null;
      }
      // adds a command complete message
      addCommandComplete(msg) {
        let match;
        if (msg.text) {
          match = matchRegexp.exec(msg.text);
        } else {
          match = matchRegexp.exec(msg.command);
        }
        if (match) {
          this.command = match[1];
          if (match[3]) {
            this.oid = parseInt(match[2], 10);
            this.rowCount = parseInt(match[3], 10);
          } else if (match[2]) {
            this.rowCount = parseInt(match[2], 10);
          }
        }
      }
      _parseRowAsArray(rowData) {
        const row3 = new Array(rowData.length);
        for (let i = 0, len = rowData.length; i < len; i++) {
          const rawValue = rowData[i];
          if (rawValue !== null) {
            row3[i] = this._parsers[i](rawValue);
          } else {
            row3[i] = null;
          }
        }
        return row3;
      }
      parseRow(rowData) {
        const row3 = { ...this._prebuiltEmptyResultObject };
        for (let i = 0, len = rowData.length; i < len; i++) {
          const rawValue = rowData[i];
          const field = this.fields[i].name;
          if (rawValue !== null) {
            const v = this.fields[i].format === "binary" ? Buffer.from(rawValue) : rawValue;
            row3[field] = this._parsers[i](v);
          } else {
            row3[field] = null;
          }
        }
        return row3;
      }
      addRow(row3) {
        this.rows.push(row3);
      }
      addFields(fieldDescriptions) {
        this.fields = fieldDescriptions;
        if (this.fields.length) {
          this._parsers = new Array(fieldDescriptions.length);
        }
        const row3 = /* @__PURE__ */ Object.create(null);
        for (let i = 0; i < fieldDescriptions.length; i++) {
          const desc = fieldDescriptions[i];
          row3[desc.name] = null;
          if (this._types) {
            this._parsers[i] = this._types.getTypeParser(desc.dataTypeID, desc.format || "text");
          } else {
            this._parsers[i] = types2.getTypeParser(desc.dataTypeID, desc.format || "text");
          }
        }
        this._prebuiltEmptyResultObject = { ...row3 };
      }
    };
    module.exports = Result2;
  }
});

// node_modules/pg/lib/query.js
var require_query = __commonJS({
  "node_modules/pg/lib/query.js"(exports, module) {
    "use strict";
    var { EventEmitter } = __require("events");
    var Result2 = require_result();
    var utils = require_utils();
    var Query2 = class extends EventEmitter {
      constructor(config, values, callback) {
        super();
        config = utils.normalizeQueryConfig(config, values, callback);
        this.text = config.text;
        this.values = config.values;
        this.rows = config.rows;
        this.types = config.types;
        this.name = config.name;
        this.queryMode = config.queryMode;
        this.binary = config.binary;
        this.portal = config.portal || "";
        this.callback = config.callback;
        this._rowMode = config.rowMode;
        if (process.domain && config.callback) {
          this.callback = process.domain.bind(config.callback);
        }
        this._result = new Result2(this._rowMode, this.types);
        this._results = this._result;
        this._canceledDueToError = false;
      }
      requiresPreparation() {
        if (this.queryMode === "extended") {
          return true;
        }
        if (this.name) {
          return true;
        }
        if (this.rows) {
          return true;
        }
        if (!this.text) {
          return false;
        }
        if (!this.values) {
          return false;
        }
        return this.values.length > 0;
      }
      _checkForMultirow() {
        if (this._result.command) {
          if (!Array.isArray(this._results)) {
            this._results = [this._result];
          }
          this._result = new Result2(this._rowMode, this._result._types);
          this._results.push(this._result);
        }
      }
      // associates row metadata from the supplied
      // message with this query object
      // metadata used when parsing row results
      handleRowDescription(msg) {
        this._checkForMultirow();
        this._result.addFields(msg.fields);
        this._accumulateRows = this.callback || !this.listeners("row").length;
      }
      handleDataRow(msg) {
        let row3;
        if (this._canceledDueToError) {
          return;
        }
        try {
          row3 = this._result.parseRow(msg.fields);
        } catch (err) {
          this._canceledDueToError = err;
          return;
        }
        this.emit("row", row3, this._result);
        if (this._accumulateRows) {
          this._result.addRow(row3);
        }
      }
      handleCommandComplete(msg, connection) {
        this._checkForMultirow();
        this._result.addCommandComplete(msg);
        if (this.rows) {
          connection.sync();
        }
      }
      // if a named prepared statement is created with empty query text
      // the backend will send an emptyQuery message but *not* a command complete message
      // since we pipeline sync immediately after execute we don't need to do anything here
      // unless we have rows specified, in which case we did not pipeline the initial sync call
      handleEmptyQuery(connection) {
        if (this.rows) {
          connection.sync();
        }
      }
      handleError(err, connection) {
        if (this._canceledDueToError) {
          err = this._canceledDueToError;
          this._canceledDueToError = false;
        }
        if (this.callback) {
          return this.callback(err);
        }
        this.emit("error", err);
      }
      handleReadyForQuery(con) {
        if (this._canceledDueToError) {
          return this.handleError(this._canceledDueToError, con);
        }
        if (this.callback) {
          try {
            this.callback(null, this._results);
          } catch (err) {
            process.nextTick(() => {
              throw err;
            });
          }
        }
        this.emit("end", this._results);
      }
      submit(connection) {
        if (typeof this.text !== "string" && typeof this.name !== "string") {
          return new Error("A query must have either text or a name. Supplying neither is unsupported.");
        }
        const previous = connection.parsedStatements[this.name] || connection.submittedNamedStatements[this.name];
        if (this.text && previous && this.text !== previous) {
          return new Error(`Prepared statements must be unique - '${this.name}' was used for a different statement`);
        }
        if (this.values && !Array.isArray(this.values)) {
          return new Error("Query values must be an array");
        }
        if (this.requiresPreparation()) {
          connection.stream.cork && connection.stream.cork();
          try {
            this.prepare(connection);
          } finally {
            connection.stream.uncork && connection.stream.uncork();
          }
        } else {
          connection.query(this.text);
        }
        return null;
      }
      hasBeenParsed(connection) {
        return this.name && (connection.parsedStatements[this.name] !== void 0 || connection.submittedNamedStatements[this.name] !== void 0);
      }
      handlePortalSuspended(connection) {
        this._getRows(connection, this.rows);
      }
      _getRows(connection, rows) {
        connection.execute({
          portal: this.portal,
          rows
        });
        if (!rows) {
          connection.sync();
        } else {
          connection.flush();
        }
      }
      // http://developer.postgresql.org/pgdocs/postgres/protocol-flow.html#PROTOCOL-FLOW-EXT-QUERY
      prepare(connection) {
        if (!this.hasBeenParsed(connection)) {
          connection.parse({
            text: this.text,
            name: this.name,
            types: this.types
          });
          if (this.name) {
            connection.submittedNamedStatements[this.name] = this.text;
          }
        }
        try {
          connection.bind({
            portal: this.portal,
            statement: this.name,
            values: this.values,
            binary: this.binary,
            valueMapper: utils.prepareValue
          });
        } catch (err) {
          connection.close({ type: "S", name: this.name });
          connection.sync();
          this.handleError(err, connection);
          return;
        }
        connection.describe({
          type: "P",
          name: this.portal || ""
        });
        this._getRows(connection, this.rows);
      }
      handleCopyInResponse(connection) {
        connection.sendCopyFail("No source stream defined");
      }
      handleCopyData(msg, connection) {
      }
    };
    module.exports = Query2;
  }
});

// node_modules/pg-protocol/dist/messages.js
var require_messages = __commonJS({
  "node_modules/pg-protocol/dist/messages.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.NoticeMessage = exports.DataRowMessage = exports.CommandCompleteMessage = exports.ReadyForQueryMessage = exports.NotificationResponseMessage = exports.BackendKeyDataMessage = exports.AuthenticationMD5Password = exports.ParameterStatusMessage = exports.ParameterDescriptionMessage = exports.RowDescriptionMessage = exports.Field = exports.CopyResponse = exports.CopyDataMessage = exports.DatabaseError = exports.copyDone = exports.emptyQuery = exports.replicationStart = exports.portalSuspended = exports.noData = exports.closeComplete = exports.bindComplete = exports.parseComplete = void 0;
    exports.parseComplete = {
      name: "parseComplete",
      length: 5
    };
    exports.bindComplete = {
      name: "bindComplete",
      length: 5
    };
    exports.closeComplete = {
      name: "closeComplete",
      length: 5
    };
    exports.noData = {
      name: "noData",
      length: 5
    };
    exports.portalSuspended = {
      name: "portalSuspended",
      length: 5
    };
    exports.replicationStart = {
      name: "replicationStart",
      length: 4
    };
    exports.emptyQuery = {
      name: "emptyQuery",
      length: 4
    };
    exports.copyDone = {
      name: "copyDone",
      length: 4
    };
    var DatabaseError2 = class extends Error {
      constructor(message, length, name) {
        super(message);
        this.length = length;
        this.name = name;
      }
    };
    exports.DatabaseError = DatabaseError2;
    var CopyDataMessage = class {
      constructor(length, chunk) {
        this.length = length;
        this.chunk = chunk;
        this.name = "copyData";
      }
    };
    exports.CopyDataMessage = CopyDataMessage;
    var CopyResponse = class {
      constructor(length, name, binary, columnCount) {
        this.length = length;
        this.name = name;
        this.binary = binary;
        this.columnTypes = new Array(columnCount);
      }
    };
    exports.CopyResponse = CopyResponse;
    var Field = class {
      constructor(name, tableID, columnID, dataTypeID, dataTypeSize, dataTypeModifier, format) {
        this.name = name;
        this.tableID = tableID;
        this.columnID = columnID;
        this.dataTypeID = dataTypeID;
        this.dataTypeSize = dataTypeSize;
        this.dataTypeModifier = dataTypeModifier;
        this.format = format;
      }
    };
    exports.Field = Field;
    var RowDescriptionMessage = class {
      constructor(length, fieldCount) {
        this.length = length;
        this.fieldCount = fieldCount;
        this.name = "rowDescription";
        this.fields = new Array(this.fieldCount);
      }
    };
    exports.RowDescriptionMessage = RowDescriptionMessage;
    var ParameterDescriptionMessage = class {
      constructor(length, parameterCount) {
        this.length = length;
        this.parameterCount = parameterCount;
        this.name = "parameterDescription";
        this.dataTypeIDs = new Array(this.parameterCount);
      }
    };
    exports.ParameterDescriptionMessage = ParameterDescriptionMessage;
    var ParameterStatusMessage = class {
      constructor(length, parameterName, parameterValue) {
        this.length = length;
        this.parameterName = parameterName;
        this.parameterValue = parameterValue;
        this.name = "parameterStatus";
      }
    };
    exports.ParameterStatusMessage = ParameterStatusMessage;
    var AuthenticationMD5Password = class {
      constructor(length, salt) {
        this.length = length;
        this.salt = salt;
        this.name = "authenticationMD5Password";
      }
    };
    exports.AuthenticationMD5Password = AuthenticationMD5Password;
    var BackendKeyDataMessage = class {
      constructor(length, processID, secretKey) {
        this.length = length;
        this.processID = processID;
        this.secretKey = secretKey;
        this.name = "backendKeyData";
      }
    };
    exports.BackendKeyDataMessage = BackendKeyDataMessage;
    var NotificationResponseMessage = class {
      constructor(length, processId, channel, payload) {
        this.length = length;
        this.processId = processId;
        this.channel = channel;
        this.payload = payload;
        this.name = "notification";
      }
    };
    exports.NotificationResponseMessage = NotificationResponseMessage;
    var ReadyForQueryMessage = class {
      constructor(length, status) {
        this.length = length;
        this.status = status;
        this.name = "readyForQuery";
      }
    };
    exports.ReadyForQueryMessage = ReadyForQueryMessage;
    var CommandCompleteMessage = class {
      constructor(length, text) {
        this.length = length;
        this.text = text;
        this.name = "commandComplete";
      }
    };
    exports.CommandCompleteMessage = CommandCompleteMessage;
    var DataRowMessage = class {
      constructor(length, fields) {
        this.length = length;
        this.fields = fields;
        this.name = "dataRow";
        this.fieldCount = fields.length;
      }
    };
    exports.DataRowMessage = DataRowMessage;
    var NoticeMessage = class {
      constructor(length, message) {
        this.length = length;
        this.message = message;
        this.name = "notice";
      }
    };
    exports.NoticeMessage = NoticeMessage;
  }
});

// node_modules/pg-protocol/dist/buffer-writer.js
var require_buffer_writer = __commonJS({
  "node_modules/pg-protocol/dist/buffer-writer.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Writer = void 0;
    var Writer = class {
      constructor(size = 256) {
        this.size = size;
        this.offset = 5;
        this.headerPosition = 0;
        this.buffer = Buffer.allocUnsafe(size);
      }
      ensure(size) {
        const remaining = this.buffer.length - this.offset;
        if (remaining < size) {
          const oldBuffer = this.buffer;
          const newSize = oldBuffer.length + (oldBuffer.length >> 1) + size;
          this.buffer = Buffer.allocUnsafe(newSize);
          oldBuffer.copy(this.buffer, 0, 0, this.offset);
        }
      }
      addInt32(num) {
        this.ensure(4);
        this.buffer[this.offset++] = num >>> 24 & 255;
        this.buffer[this.offset++] = num >>> 16 & 255;
        this.buffer[this.offset++] = num >>> 8 & 255;
        this.buffer[this.offset++] = num >>> 0 & 255;
        return this;
      }
      addInt16(num) {
        this.ensure(2);
        this.buffer[this.offset++] = num >>> 8 & 255;
        this.buffer[this.offset++] = num >>> 0 & 255;
        return this;
      }
      addCString(string2) {
        if (!string2) {
          this.ensure(1);
        } else {
          const len = Buffer.byteLength(string2);
          this.ensure(len + 1);
          this.buffer.write(string2, this.offset, "utf-8");
          this.offset += len;
        }
        this.buffer[this.offset++] = 0;
        return this;
      }
      addString(string2 = "") {
        const len = Buffer.byteLength(string2);
        this.ensure(len);
        this.buffer.write(string2, this.offset);
        this.offset += len;
        return this;
      }
      // Write an Int32 byte-length prefix immediately followed by the string's UTF-8
      // bytes. Postgres' Bind wire format prefixes every parameter with its length,
      // and doing it in one method computes Buffer.byteLength ONCE — the previous
      // `addInt32(Buffer.byteLength(s)).addString(s)` pairing scanned the string
      // three times (byteLength for the prefix, byteLength again inside addString,
      // then the encode), which is costly for large text parameters.
      addInt32PrefixedString(string2) {
        const len = Buffer.byteLength(string2);
        this.ensure(4 + len);
        const buffer = this.buffer;
        let offset = this.offset;
        buffer[offset++] = len >>> 24 & 255;
        buffer[offset++] = len >>> 16 & 255;
        buffer[offset++] = len >>> 8 & 255;
        buffer[offset++] = len >>> 0 & 255;
        buffer.write(string2, offset, "utf-8");
        this.offset = offset + len;
        return this;
      }
      add(otherBuffer) {
        this.ensure(otherBuffer.length);
        otherBuffer.copy(this.buffer, this.offset);
        this.offset += otherBuffer.length;
        return this;
      }
      /**
       * Appends an uninitialized block of {@link size} bytes to the buffer and returns its offset.
       */
      reserveUnsafe(size) {
        const offset = this.offset;
        this.ensure(size);
        this.offset += size;
        return offset;
      }
      join(code2) {
        if (code2) {
          this.buffer[this.headerPosition] = code2;
          const length = this.offset - (this.headerPosition + 1);
          this.buffer.writeInt32BE(length, this.headerPosition + 1);
        }
        return this.buffer.slice(code2 ? 0 : 5, this.offset);
      }
      flush(code2) {
        const result = this.join(code2);
        this.offset = 5;
        this.headerPosition = 0;
        this.buffer = Buffer.allocUnsafe(this.size);
        return result;
      }
      clear() {
        this.offset = 5;
        this.headerPosition = 0;
      }
    };
    exports.Writer = Writer;
  }
});

// node_modules/pg-protocol/dist/serializer.js
var require_serializer = __commonJS({
  "node_modules/pg-protocol/dist/serializer.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.serialize = void 0;
    var buffer_writer_1 = require_buffer_writer();
    var writer = new buffer_writer_1.Writer();
    var startup = (opts) => {
      writer.addInt16(3).addInt16(0);
      for (const key3 of Object.keys(opts)) {
        writer.addCString(key3).addCString(opts[key3]);
      }
      writer.addCString("client_encoding").addCString("UTF8");
      const bodyBuffer = writer.addCString("").flush();
      const length = bodyBuffer.length + 4;
      return new buffer_writer_1.Writer().addInt32(length).add(bodyBuffer).flush();
    };
    var requestSsl = () => {
      const response = Buffer.allocUnsafe(8);
      response.writeInt32BE(8, 0);
      response.writeInt32BE(80877103, 4);
      return response;
    };
    var password = (password2) => {
      return writer.addCString(password2).flush(
        112
        /* code.startup */
      );
    };
    var sendSASLInitialResponseMessage = function(mechanism, initialResponse) {
      writer.addCString(mechanism).addInt32PrefixedString(initialResponse);
      return writer.flush(
        112
        /* code.startup */
      );
    };
    var sendSCRAMClientFinalMessage = function(additionalData) {
      return writer.addString(additionalData).flush(
        112
        /* code.startup */
      );
    };
    var query = (text) => {
      return writer.addCString(text).flush(
        81
        /* code.query */
      );
    };
    var emptyArray = [];
    var parse4 = (query2) => {
      const name = query2.name || "";
      if (name.length > 63) {
        console.error("Warning! Postgres only supports 63 characters for query names.");
        console.error("You supplied %s (%s)", name, name.length);
        console.error("This can cause conflicts and silent errors executing queries");
      }
      const types2 = query2.types || emptyArray;
      const len = types2.length;
      const buffer = writer.addCString(name).addCString(query2.text).addInt16(len);
      for (let i = 0; i < len; i++) {
        buffer.addInt32(types2[i]);
      }
      return writer.flush(
        80
        /* code.parse */
      );
    };
    var writeValues = function(values, valueMapper, formatsOffset) {
      const len = values.length;
      for (let i = 0; i < len; i++) {
        const mappedVal = valueMapper ? valueMapper(values[i], i) : values[i];
        let formatByte = 0;
        if (mappedVal == null) {
          writer.addInt32(-1);
        } else if (mappedVal instanceof Buffer) {
          formatByte = 1;
          writer.addInt32(mappedVal.length);
          writer.add(mappedVal);
        } else {
          writer.addInt32PrefixedString(mappedVal);
        }
        const buf = writer.buffer;
        buf[formatsOffset++] = 0;
        buf[formatsOffset++] = formatByte;
      }
    };
    var bind2 = (config = {}) => {
      const portal = config.portal || "";
      const statement = config.statement || "";
      const binary = config.binary || false;
      const values = config.values || emptyArray;
      const len = values.length;
      writer.addCString(portal).addCString(statement);
      writer.addInt16(len);
      const formatsOffset = writer.reserveUnsafe(len * 2);
      writer.addInt16(len);
      try {
        writeValues(values, config.valueMapper, formatsOffset);
      } catch (err) {
        writer.clear();
        throw err;
      }
      writer.addInt16(1);
      writer.addInt16(
        binary ? 1 : 0
        /* ParamType.STRING */
      );
      return writer.flush(
        66
        /* code.bind */
      );
    };
    var emptyExecute = Buffer.from([69, 0, 0, 0, 9, 0, 0, 0, 0, 0]);
    var execute = (config) => {
      if (!config || !config.portal && !config.rows) {
        return emptyExecute;
      }
      const portal = config.portal || "";
      const rows = config.rows || 0;
      const portalLength = Buffer.byteLength(portal);
      const len = 4 + portalLength + 1 + 4;
      const buff = Buffer.allocUnsafe(1 + len);
      buff[0] = 69;
      buff.writeInt32BE(len, 1);
      buff.write(portal, 5, "utf-8");
      buff[portalLength + 5] = 0;
      buff.writeUInt32BE(rows, buff.length - 4);
      return buff;
    };
    var cancel = (processID, secretKey) => {
      const buffer = Buffer.allocUnsafe(16);
      buffer.writeInt32BE(16, 0);
      buffer.writeInt16BE(1234, 4);
      buffer.writeInt16BE(5678, 6);
      buffer.writeInt32BE(processID, 8);
      buffer.writeInt32BE(secretKey, 12);
      return buffer;
    };
    var cstringMessage = (code2, string2) => {
      const stringLen = Buffer.byteLength(string2);
      const len = 4 + stringLen + 1;
      const buffer = Buffer.allocUnsafe(1 + len);
      buffer[0] = code2;
      buffer.writeInt32BE(len, 1);
      buffer.write(string2, 5, "utf-8");
      buffer[len] = 0;
      return buffer;
    };
    var emptyDescribePortal = writer.addCString("P").flush(
      68
      /* code.describe */
    );
    var emptyDescribeStatement = writer.addCString("S").flush(
      68
      /* code.describe */
    );
    var describe = (msg) => {
      return msg.name ? cstringMessage(68, `${msg.type}${msg.name || ""}`) : msg.type === "P" ? emptyDescribePortal : emptyDescribeStatement;
    };
    var close = (msg) => {
      const text = `${msg.type}${msg.name || ""}`;
      return cstringMessage(67, text);
    };
    var copyData = (chunk) => {
      return writer.add(chunk).flush(
        100
        /* code.copyFromChunk */
      );
    };
    var copyFail = (message) => {
      return cstringMessage(102, message);
    };
    var codeOnlyBuffer = (code2) => Buffer.from([code2, 0, 0, 0, 4]);
    var flushBuffer = codeOnlyBuffer(
      72
      /* code.flush */
    );
    var syncBuffer = codeOnlyBuffer(
      83
      /* code.sync */
    );
    var endBuffer = codeOnlyBuffer(
      88
      /* code.end */
    );
    var copyDoneBuffer = codeOnlyBuffer(
      99
      /* code.copyDone */
    );
    var serialize = {
      startup,
      password,
      requestSsl,
      sendSASLInitialResponseMessage,
      sendSCRAMClientFinalMessage,
      query,
      parse: parse4,
      bind: bind2,
      execute,
      describe,
      close,
      flush: () => flushBuffer,
      sync: () => syncBuffer,
      end: () => endBuffer,
      copyData,
      copyDone: () => copyDoneBuffer,
      copyFail,
      cancel
    };
    exports.serialize = serialize;
  }
});

// node_modules/pg-protocol/dist/buffer-reader.js
var require_buffer_reader = __commonJS({
  "node_modules/pg-protocol/dist/buffer-reader.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.BufferReader = void 0;
    var BufferReader = class {
      constructor(offset = 0) {
        this.offset = offset;
        this.buffer = Buffer.allocUnsafe(0);
        this.encoding = "utf-8";
      }
      setBuffer(offset, buffer) {
        this.offset = offset;
        this.buffer = buffer;
      }
      int16() {
        const result = this.buffer.readInt16BE(this.offset);
        this.offset += 2;
        return result;
      }
      byte() {
        const result = this.buffer[this.offset];
        this.offset++;
        return result;
      }
      int32() {
        const result = this.buffer.readInt32BE(this.offset);
        this.offset += 4;
        return result;
      }
      uint32() {
        const result = this.buffer.readUInt32BE(this.offset);
        this.offset += 4;
        return result;
      }
      string(length) {
        const result = this.buffer.toString(this.encoding, this.offset, this.offset + length);
        this.offset += length;
        return result;
      }
      cstring() {
        const start = this.offset;
        let end = start;
        while (this.buffer[end++]) {
        }
        this.offset = end;
        return this.buffer.toString(this.encoding, start, end - 1);
      }
      bytes(length) {
        const result = this.buffer.slice(this.offset, this.offset + length);
        this.offset += length;
        return result;
      }
    };
    exports.BufferReader = BufferReader;
  }
});

// node_modules/pg-protocol/dist/parser.js
var require_parser = __commonJS({
  "node_modules/pg-protocol/dist/parser.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Parser = void 0;
    var messages_1 = require_messages();
    var buffer_reader_1 = require_buffer_reader();
    var CODE_LENGTH = 1;
    var LEN_LENGTH = 4;
    var HEADER_LENGTH = CODE_LENGTH + LEN_LENGTH;
    var LATEINIT_LENGTH = -1;
    var emptyBuffer = Buffer.allocUnsafe(0);
    var Parser = class {
      constructor(opts) {
        this.buffer = emptyBuffer;
        this.bufferLength = 0;
        this.bufferOffset = 0;
        this.reader = new buffer_reader_1.BufferReader();
        if ((opts === null || opts === void 0 ? void 0 : opts.mode) === "binary") {
          throw new Error("Binary mode not supported yet");
        }
        this.mode = (opts === null || opts === void 0 ? void 0 : opts.mode) || "text";
      }
      parse(buffer, callback) {
        this.mergeBuffer(buffer);
        const bufferFullLength = this.bufferOffset + this.bufferLength;
        let offset = this.bufferOffset;
        while (offset + HEADER_LENGTH <= bufferFullLength) {
          const code2 = this.buffer[offset];
          const length = this.buffer.readUInt32BE(offset + CODE_LENGTH);
          const fullMessageLength = CODE_LENGTH + length;
          if (fullMessageLength + offset <= bufferFullLength) {
            const message = this.handlePacket(offset + HEADER_LENGTH, code2, length, this.buffer);
            callback(message);
            offset += fullMessageLength;
          } else {
            break;
          }
        }
        if (offset === bufferFullLength) {
          this.buffer = emptyBuffer;
          this.bufferLength = 0;
          this.bufferOffset = 0;
        } else {
          this.bufferLength = bufferFullLength - offset;
          this.bufferOffset = offset;
        }
      }
      mergeBuffer(buffer) {
        if (this.bufferLength > 0) {
          const newLength = this.bufferLength + buffer.byteLength;
          const newFullLength = newLength + this.bufferOffset;
          if (newFullLength > this.buffer.byteLength) {
            let newBuffer;
            if (newLength <= this.buffer.byteLength && this.bufferOffset >= this.bufferLength) {
              newBuffer = this.buffer;
            } else {
              let newBufferLength = this.buffer.byteLength * 2;
              while (newLength >= newBufferLength) {
                newBufferLength *= 2;
              }
              newBuffer = Buffer.allocUnsafe(newBufferLength);
            }
            this.buffer.copy(newBuffer, 0, this.bufferOffset, this.bufferOffset + this.bufferLength);
            this.buffer = newBuffer;
            this.bufferOffset = 0;
          }
          buffer.copy(this.buffer, this.bufferOffset + this.bufferLength);
          this.bufferLength = newLength;
        } else {
          this.buffer = buffer;
          this.bufferOffset = 0;
          this.bufferLength = buffer.byteLength;
        }
      }
      handlePacket(offset, code2, length, bytes) {
        const { reader } = this;
        reader.setBuffer(offset, bytes);
        let message;
        switch (code2) {
          case 50:
            message = messages_1.bindComplete;
            break;
          case 49:
            message = messages_1.parseComplete;
            break;
          case 51:
            message = messages_1.closeComplete;
            break;
          case 110:
            message = messages_1.noData;
            break;
          case 115:
            message = messages_1.portalSuspended;
            break;
          case 99:
            message = messages_1.copyDone;
            break;
          case 87:
            message = messages_1.replicationStart;
            break;
          case 73:
            message = messages_1.emptyQuery;
            break;
          case 68:
            message = parseDataRowMessage(reader);
            break;
          case 67:
            message = parseCommandCompleteMessage(reader);
            break;
          case 90:
            message = parseReadyForQueryMessage(reader);
            break;
          case 65:
            message = parseNotificationMessage(reader);
            break;
          case 82:
            message = parseAuthenticationResponse(reader, length);
            break;
          case 83:
            message = parseParameterStatusMessage(reader);
            break;
          case 75:
            message = parseBackendKeyData(reader);
            break;
          case 69:
            message = parseErrorMessage(reader, "error");
            break;
          case 78:
            message = parseErrorMessage(reader, "notice");
            break;
          case 84:
            message = parseRowDescriptionMessage(reader);
            break;
          case 116:
            message = parseParameterDescriptionMessage(reader);
            break;
          case 71:
            message = parseCopyInMessage(reader);
            break;
          case 72:
            message = parseCopyOutMessage(reader);
            break;
          case 100:
            message = parseCopyData(reader, length);
            break;
          default:
            return new messages_1.DatabaseError("received invalid response: " + code2.toString(16), length, "error");
        }
        reader.setBuffer(0, emptyBuffer);
        message.length = length;
        return message;
      }
    };
    exports.Parser = Parser;
    var parseReadyForQueryMessage = (reader) => {
      const status = reader.string(1);
      return new messages_1.ReadyForQueryMessage(LATEINIT_LENGTH, status);
    };
    var parseCommandCompleteMessage = (reader) => {
      const text = reader.cstring();
      return new messages_1.CommandCompleteMessage(LATEINIT_LENGTH, text);
    };
    var parseCopyData = (reader, length) => {
      const chunk = reader.bytes(length - 4);
      return new messages_1.CopyDataMessage(LATEINIT_LENGTH, chunk);
    };
    var parseCopyInMessage = (reader) => parseCopyMessage(reader, "copyInResponse");
    var parseCopyOutMessage = (reader) => parseCopyMessage(reader, "copyOutResponse");
    var parseCopyMessage = (reader, messageName) => {
      const isBinary = reader.byte() !== 0;
      const columnCount = reader.int16();
      const message = new messages_1.CopyResponse(LATEINIT_LENGTH, messageName, isBinary, columnCount);
      for (let i = 0; i < columnCount; i++) {
        message.columnTypes[i] = reader.int16();
      }
      return message;
    };
    var parseNotificationMessage = (reader) => {
      const processId = reader.int32();
      const channel = reader.cstring();
      const payload = reader.cstring();
      return new messages_1.NotificationResponseMessage(LATEINIT_LENGTH, processId, channel, payload);
    };
    var parseRowDescriptionMessage = (reader) => {
      const fieldCount = reader.int16();
      const message = new messages_1.RowDescriptionMessage(LATEINIT_LENGTH, fieldCount);
      for (let i = 0; i < fieldCount; i++) {
        message.fields[i] = parseField(reader);
      }
      return message;
    };
    var parseField = (reader) => {
      const name = reader.cstring();
      const tableID = reader.uint32();
      const columnID = reader.int16();
      const dataTypeID = reader.uint32();
      const dataTypeSize = reader.int16();
      const dataTypeModifier = reader.int32();
      const mode = reader.int16() === 0 ? "text" : "binary";
      return new messages_1.Field(name, tableID, columnID, dataTypeID, dataTypeSize, dataTypeModifier, mode);
    };
    var parseParameterDescriptionMessage = (reader) => {
      const parameterCount = reader.int16();
      const message = new messages_1.ParameterDescriptionMessage(LATEINIT_LENGTH, parameterCount);
      for (let i = 0; i < parameterCount; i++) {
        message.dataTypeIDs[i] = reader.uint32();
      }
      return message;
    };
    var parseDataRowMessage = (reader) => {
      const fieldCount = reader.int16();
      const fields = new Array(fieldCount);
      for (let i = 0; i < fieldCount; i++) {
        const len = reader.int32();
        fields[i] = len === -1 ? null : reader.string(len);
      }
      return new messages_1.DataRowMessage(LATEINIT_LENGTH, fields);
    };
    var parseParameterStatusMessage = (reader) => {
      const name = reader.cstring();
      const value = reader.cstring();
      return new messages_1.ParameterStatusMessage(LATEINIT_LENGTH, name, value);
    };
    var parseBackendKeyData = (reader) => {
      const processID = reader.int32();
      const secretKey = reader.int32();
      return new messages_1.BackendKeyDataMessage(LATEINIT_LENGTH, processID, secretKey);
    };
    var parseAuthenticationResponse = (reader, length) => {
      const code2 = reader.int32();
      const message = {
        name: "authenticationOk",
        length
      };
      switch (code2) {
        case 0:
          break;
        case 3:
          if (message.length === 8) {
            message.name = "authenticationCleartextPassword";
          }
          break;
        case 5:
          if (message.length === 12) {
            message.name = "authenticationMD5Password";
            const salt = reader.bytes(4);
            return new messages_1.AuthenticationMD5Password(LATEINIT_LENGTH, salt);
          }
          break;
        case 10:
          {
            message.name = "authenticationSASL";
            message.mechanisms = [];
            let mechanism;
            do {
              mechanism = reader.cstring();
              if (mechanism) {
                message.mechanisms.push(mechanism);
              }
            } while (mechanism);
          }
          break;
        case 11:
          message.name = "authenticationSASLContinue";
          message.data = reader.string(length - 8);
          break;
        case 12:
          message.name = "authenticationSASLFinal";
          message.data = reader.string(length - 8);
          break;
        default:
          throw new Error("Unknown authenticationOk message type " + code2);
      }
      return message;
    };
    var parseErrorMessage = (reader, name) => {
      const fields = {};
      let fieldType = reader.string(1);
      while (fieldType !== "\0") {
        fields[fieldType] = reader.cstring();
        fieldType = reader.string(1);
      }
      const messageValue = fields.M;
      const message = name === "notice" ? new messages_1.NoticeMessage(LATEINIT_LENGTH, messageValue) : new messages_1.DatabaseError(messageValue, LATEINIT_LENGTH, name);
      message.severity = fields.S;
      message.code = fields.C;
      message.detail = fields.D;
      message.hint = fields.H;
      message.position = fields.P;
      message.internalPosition = fields.p;
      message.internalQuery = fields.q;
      message.where = fields.W;
      message.schema = fields.s;
      message.table = fields.t;
      message.column = fields.c;
      message.dataType = fields.d;
      message.constraint = fields.n;
      message.file = fields.F;
      message.line = fields.L;
      message.routine = fields.R;
      return message;
    };
  }
});

// node_modules/pg-protocol/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/pg-protocol/dist/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DatabaseError = exports.serialize = void 0;
    exports.parse = parse4;
    var messages_1 = require_messages();
    Object.defineProperty(exports, "DatabaseError", { enumerable: true, get: function() {
      return messages_1.DatabaseError;
    } });
    var serializer_1 = require_serializer();
    Object.defineProperty(exports, "serialize", { enumerable: true, get: function() {
      return serializer_1.serialize;
    } });
    var parser_1 = require_parser();
    function parse4(stream, callback) {
      const parser = new parser_1.Parser();
      stream.on("data", (buffer) => parser.parse(buffer, callback));
      return new Promise((resolve2) => stream.on("end", () => resolve2()));
    }
  }
});

// node_modules/pg-cloudflare/dist/empty.js
var require_empty = __commonJS({
  "node_modules/pg-cloudflare/dist/empty.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = {};
  }
});

// node_modules/pg/lib/stream.js
var require_stream = __commonJS({
  "node_modules/pg/lib/stream.js"(exports, module) {
    var { getStream, getSecureStream } = getStreamFuncs();
    module.exports = {
      /**
       * Get a socket stream compatible with the current runtime environment.
       * @returns {Duplex}
       */
      getStream,
      /**
       * Get a TLS secured socket, compatible with the current environment,
       * using the socket and other settings given in `options`.
       * @returns {Duplex}
       */
      getSecureStream
    };
    function getNodejsStreamFuncs() {
      function getStream2(ssl) {
        const net = __require("net");
        return new net.Socket();
      }
      function getSecureStream2(options) {
        const tls = __require("tls");
        return tls.connect(options);
      }
      return {
        getStream: getStream2,
        getSecureStream: getSecureStream2
      };
    }
    function getCloudflareStreamFuncs() {
      function getStream2(ssl) {
        const { CloudflareSocket } = require_empty();
        return new CloudflareSocket(ssl);
      }
      function getSecureStream2(options) {
        options.socket.startTls(options);
        return options.socket;
      }
      return {
        getStream: getStream2,
        getSecureStream: getSecureStream2
      };
    }
    function isCloudflareRuntime() {
      if (typeof navigator === "object" && navigator !== null && typeof navigator.userAgent === "string") {
        return navigator.userAgent === "Cloudflare-Workers";
      }
      if (typeof Response === "function") {
        const resp = new Response(null, { cf: { thing: true } });
        if (typeof resp.cf === "object" && resp.cf !== null && resp.cf.thing) {
          return true;
        }
      }
      return false;
    }
    function getStreamFuncs() {
      if (isCloudflareRuntime()) {
        return getCloudflareStreamFuncs();
      }
      return getNodejsStreamFuncs();
    }
  }
});

// node_modules/pg/lib/connection.js
var require_connection = __commonJS({
  "node_modules/pg/lib/connection.js"(exports, module) {
    "use strict";
    var EventEmitter = __require("events").EventEmitter;
    var { parse: parse4, serialize } = require_dist2();
    var stream = require_stream();
    var { getStream } = stream;
    var flushBuffer = serialize.flush();
    var syncBuffer = serialize.sync();
    var endBuffer = serialize.end();
    var Connection2 = class extends EventEmitter {
      constructor(config) {
        super();
        config = config || {};
        this.stream = config.stream || getStream(config.ssl);
        if (typeof this.stream === "function") {
          this.stream = this.stream(config);
        }
        this._keepAlive = config.keepAlive;
        this._keepAliveInitialDelayMillis = config.keepAliveInitialDelayMillis;
        this.parsedStatements = {};
        this.submittedNamedStatements = {};
        this.ssl = config.ssl || false;
        this.sslNegotiation = config.sslNegotiation || "postgres";
        this._ending = false;
        this._emitMessage = false;
        const self = this;
        this.on("newListener", function(eventName) {
          if (eventName === "message") {
            self._emitMessage = true;
          }
        });
      }
      connect(port, host) {
        const self = this;
        this._connecting = true;
        this.stream.setNoDelay(true);
        this.stream.connect(port, host);
        this.stream.once("connect", function() {
          if (self._keepAlive) {
            self.stream.setKeepAlive(true, self._keepAliveInitialDelayMillis);
          }
          self.emit("connect");
        });
        const reportStreamError = function(error) {
          if (self._ending && (error.code === "ECONNRESET" || error.code === "EPIPE")) {
            return;
          }
          self.emit("error", error);
        };
        this.stream.on("error", reportStreamError);
        this.stream.on("close", function() {
          self.emit("end");
        });
        if (!this.ssl) {
          return this.attachListeners(this.stream);
        }
        if (this.sslNegotiation === "direct") {
          return this.stream.once("connect", function() {
            self.upgradeToSSL(host, reportStreamError);
          });
        }
        this.stream.once("data", function(buffer) {
          const responseCode = buffer.toString("utf8");
          switch (responseCode) {
            case "S":
              break;
            case "N":
              self.stream.end();
              return self.emit("error", new Error("The server does not support SSL connections"));
            default:
              self.stream.end();
              return self.emit("error", new Error("There was an error establishing an SSL connection"));
          }
          self.upgradeToSSL(host, reportStreamError);
        });
      }
      upgradeToSSL(host, reportStreamError) {
        const self = this;
        const options = {
          socket: self.stream,
          // tls.connect checks the server identity against `servername`, falling
          // back to `host` and then to 'localhost'. `servername` must stay unset
          // for IP addresses (see below), so `host` is needed to keep certificate
          // validation working when connecting to an IP address.
          host
        };
        if (self.ssl !== true) {
          Object.assign(options, self.ssl);
          if ("key" in self.ssl) {
            options.key = self.ssl.key;
          }
        }
        if (self.sslNegotiation === "direct") {
          options.ALPNProtocols = ["postgresql"];
        }
        const net = __require("net");
        if (net.isIP && net.isIP(host) === 0) {
          options.servername = host;
        }
        try {
          self.stream = stream.getSecureStream(options);
        } catch (err) {
          return self.emit("error", err);
        }
        self.attachListeners(self.stream);
        self.stream.on("error", reportStreamError);
        self.emit("sslconnect");
      }
      attachListeners(stream2) {
        parse4(stream2, (msg) => {
          const eventName = msg.name === "error" ? "errorMessage" : msg.name;
          if (this._emitMessage) {
            this.emit("message", msg);
          }
          this.emit(eventName, msg);
        });
      }
      requestSsl() {
        this.stream.write(serialize.requestSsl());
      }
      startup(config) {
        this.stream.write(serialize.startup(config));
      }
      cancel(processID, secretKey) {
        this._send(serialize.cancel(processID, secretKey));
      }
      password(password) {
        this._send(serialize.password(password));
      }
      sendSASLInitialResponseMessage(mechanism, initialResponse) {
        this._send(serialize.sendSASLInitialResponseMessage(mechanism, initialResponse));
      }
      sendSCRAMClientFinalMessage(additionalData) {
        this._send(serialize.sendSCRAMClientFinalMessage(additionalData));
      }
      _send(buffer) {
        if (!this.stream.writable) {
          return false;
        }
        return this.stream.write(buffer);
      }
      query(text) {
        this._send(serialize.query(text));
      }
      // send parse message
      parse(query) {
        this._send(serialize.parse(query));
      }
      // send bind message
      bind(config) {
        this._send(serialize.bind(config));
      }
      // send execute message
      execute(config) {
        this._send(serialize.execute(config));
      }
      flush() {
        if (this.stream.writable) {
          this.stream.write(flushBuffer);
        }
      }
      sync() {
        this._send(syncBuffer);
      }
      ref() {
        this.stream.ref();
      }
      unref() {
        this.stream.unref();
      }
      end() {
        this._ending = true;
        if (!this._connecting || !this.stream.writable) {
          this.stream.end();
          return;
        }
        return this.stream.write(endBuffer, () => {
          this.stream.end();
        });
      }
      close(msg) {
        this._send(serialize.close(msg));
      }
      describe(msg) {
        this._send(serialize.describe(msg));
      }
      sendCopyFromChunk(chunk) {
        this._send(serialize.copyData(chunk));
      }
      endCopyFrom() {
        this._send(serialize.copyDone());
      }
      sendCopyFail(msg) {
        this._send(serialize.copyFail(msg));
      }
    };
    module.exports = Connection2;
  }
});

// node_modules/split2/index.js
var require_split2 = __commonJS({
  "node_modules/split2/index.js"(exports, module) {
    "use strict";
    var { Transform } = __require("stream");
    var { StringDecoder } = __require("string_decoder");
    var kLast = /* @__PURE__ */ Symbol("last");
    var kDecoder = /* @__PURE__ */ Symbol("decoder");
    function transform(chunk, enc, cb) {
      let list2;
      if (this.overflow) {
        const buf = this[kDecoder].write(chunk);
        list2 = buf.split(this.matcher);
        if (list2.length === 1) return cb();
        list2.shift();
        this.overflow = false;
      } else {
        this[kLast] += this[kDecoder].write(chunk);
        list2 = this[kLast].split(this.matcher);
      }
      this[kLast] = list2.pop();
      for (let i = 0; i < list2.length; i++) {
        try {
          push(this, this.mapper(list2[i]));
        } catch (error) {
          return cb(error);
        }
      }
      this.overflow = this[kLast].length > this.maxLength;
      if (this.overflow && !this.skipOverflow) {
        cb(new Error("maximum buffer reached"));
        return;
      }
      cb();
    }
    function flush(cb) {
      this[kLast] += this[kDecoder].end();
      if (this[kLast]) {
        try {
          push(this, this.mapper(this[kLast]));
        } catch (error) {
          return cb(error);
        }
      }
      cb();
    }
    function push(self, val) {
      if (val !== void 0) {
        self.push(val);
      }
    }
    function noop3(incoming) {
      return incoming;
    }
    function split(matcher, mapper, options) {
      matcher = matcher || /\r?\n/;
      mapper = mapper || noop3;
      options = options || {};
      switch (arguments.length) {
        case 1:
          if (typeof matcher === "function") {
            mapper = matcher;
            matcher = /\r?\n/;
          } else if (typeof matcher === "object" && !(matcher instanceof RegExp) && !matcher[Symbol.split]) {
            options = matcher;
            matcher = /\r?\n/;
          }
          break;
        case 2:
          if (typeof matcher === "function") {
            options = mapper;
            mapper = matcher;
            matcher = /\r?\n/;
          } else if (typeof mapper === "object") {
            options = mapper;
            mapper = noop3;
          }
      }
      options = Object.assign({}, options);
      options.autoDestroy = true;
      options.transform = transform;
      options.flush = flush;
      options.readableObjectMode = true;
      const stream = new Transform(options);
      stream[kLast] = "";
      stream[kDecoder] = new StringDecoder("utf8");
      stream.matcher = matcher;
      stream.mapper = mapper;
      stream.maxLength = options.maxLength;
      stream.skipOverflow = options.skipOverflow || false;
      stream.overflow = false;
      stream._destroy = function(err, cb) {
        this._writableState.errorEmitted = false;
        cb(err);
      };
      return stream;
    }
    module.exports = split;
  }
});

// node_modules/pgpass/lib/helper.js
var require_helper = __commonJS({
  "node_modules/pgpass/lib/helper.js"(exports, module) {
    "use strict";
    var path15 = __require("path");
    var Stream = __require("stream").Stream;
    var split = require_split2();
    var util = __require("util");
    var defaultPort = 5432;
    var isWin = process.platform === "win32";
    var warnStream = process.stderr;
    var S_IRWXG = 56;
    var S_IRWXO = 7;
    var S_IFMT = 61440;
    var S_IFREG = 32768;
    function isRegFile(mode) {
      return (mode & S_IFMT) == S_IFREG;
    }
    var fieldNames = ["host", "port", "database", "user", "password"];
    var nrOfFields = fieldNames.length;
    var passKey = fieldNames[nrOfFields - 1];
    function warn() {
      var isWritable = warnStream instanceof Stream && true === warnStream.writable;
      if (isWritable) {
        var args = Array.prototype.slice.call(arguments).concat("\n");
        warnStream.write(util.format.apply(util, args));
      }
    }
    Object.defineProperty(module.exports, "isWin", {
      get: function() {
        return isWin;
      },
      set: function(val) {
        isWin = val;
      }
    });
    module.exports.warnTo = function(stream) {
      var old = warnStream;
      warnStream = stream;
      return old;
    };
    module.exports.getFileName = function(rawEnv) {
      var env = rawEnv || process.env;
      var file = env.PGPASSFILE || (isWin ? path15.join(env.APPDATA || "./", "postgresql", "pgpass.conf") : path15.join(env.HOME || "./", ".pgpass"));
      return file;
    };
    module.exports.usePgPass = function(stats, fname) {
      if (Object.prototype.hasOwnProperty.call(process.env, "PGPASSWORD")) {
        return false;
      }
      if (isWin) {
        return true;
      }
      fname = fname || "<unkn>";
      if (!isRegFile(stats.mode)) {
        warn('WARNING: password file "%s" is not a plain file', fname);
        return false;
      }
      if (stats.mode & (S_IRWXG | S_IRWXO)) {
        warn('WARNING: password file "%s" has group or world access; permissions should be u=rw (0600) or less', fname);
        return false;
      }
      return true;
    };
    var matcher = module.exports.match = function(connInfo, entry) {
      return fieldNames.slice(0, -1).reduce(function(prev, field, idx) {
        if (idx == 1) {
          if (Number(connInfo[field] || defaultPort) === Number(entry[field])) {
            return prev && true;
          }
        }
        return prev && (entry[field] === "*" || entry[field] === connInfo[field]);
      }, true);
    };
    module.exports.getPassword = function(connInfo, stream, cb) {
      var pass;
      var lineStream = stream.pipe(split());
      function onLine(line) {
        var entry = parseLine(line);
        if (entry && isValidEntry(entry) && matcher(connInfo, entry)) {
          pass = entry[passKey];
          lineStream.end();
        }
      }
      var onEnd = function() {
        stream.destroy();
        cb(pass);
      };
      var onErr = function(err) {
        stream.destroy();
        warn("WARNING: error on reading file: %s", err);
        cb(void 0);
      };
      stream.on("error", onErr);
      lineStream.on("data", onLine).on("end", onEnd).on("error", onErr);
    };
    var parseLine = module.exports.parseLine = function(line) {
      if (line.length < 11 || line.match(/^\s+#/)) {
        return null;
      }
      var curChar = "";
      var prevChar = "";
      var fieldIdx = 0;
      var startIdx = 0;
      var endIdx = 0;
      var obj = {};
      var isLastField = false;
      var addToObj = function(idx, i0, i1) {
        var field = line.substring(i0, i1);
        if (!Object.hasOwnProperty.call(process.env, "PGPASS_NO_DEESCAPE")) {
          field = field.replace(/\\([:\\])/g, "$1");
        }
        obj[fieldNames[idx]] = field;
      };
      for (var i = 0; i < line.length - 1; i += 1) {
        curChar = line.charAt(i + 1);
        prevChar = line.charAt(i);
        isLastField = fieldIdx == nrOfFields - 1;
        if (isLastField) {
          addToObj(fieldIdx, startIdx);
          break;
        }
        if (i >= 0 && curChar == ":" && prevChar !== "\\") {
          addToObj(fieldIdx, startIdx, i + 1);
          startIdx = i + 2;
          fieldIdx += 1;
        }
      }
      obj = Object.keys(obj).length === nrOfFields ? obj : null;
      return obj;
    };
    var isValidEntry = module.exports.isValidEntry = function(entry) {
      var rules = {
        // host
        0: function(x) {
          return x.length > 0;
        },
        // port
        1: function(x) {
          if (x === "*") {
            return true;
          }
          x = Number(x);
          return isFinite(x) && x > 0 && x < 9007199254740992 && Math.floor(x) === x;
        },
        // database
        2: function(x) {
          return x.length > 0;
        },
        // username
        3: function(x) {
          return x.length > 0;
        },
        // password
        4: function(x) {
          return x.length > 0;
        }
      };
      for (var idx = 0; idx < fieldNames.length; idx += 1) {
        var rule = rules[idx];
        var value = entry[fieldNames[idx]] || "";
        var res = rule(value);
        if (!res) {
          return false;
        }
      }
      return true;
    };
  }
});

// node_modules/pgpass/lib/index.js
var require_lib = __commonJS({
  "node_modules/pgpass/lib/index.js"(exports, module) {
    "use strict";
    var path15 = __require("path");
    var fs = __require("fs");
    var helper = require_helper();
    module.exports = function(connInfo, cb) {
      var file = helper.getFileName();
      fs.stat(file, function(err, stat3) {
        if (err || !helper.usePgPass(stat3, file)) {
          return cb(void 0);
        }
        var st = fs.createReadStream(file);
        helper.getPassword(connInfo, st, cb);
      });
    };
    module.exports.warnTo = helper.warnTo;
  }
});

// node_modules/pg/lib/client.js
var require_client = __commonJS({
  "node_modules/pg/lib/client.js"(exports, module) {
    var EventEmitter = __require("events").EventEmitter;
    var utils = require_utils();
    var nodeUtils = __require("util");
    var sasl = require_sasl();
    var TypeOverrides2 = require_type_overrides();
    var ConnectionParameters = require_connection_parameters();
    var Query2 = require_query();
    var defaults3 = require_defaults();
    var Connection2 = require_connection();
    var crypto = require_utils2();
    var activeQueryDeprecationNotice = nodeUtils.deprecate(
      () => {
      },
      "Client.activeQuery is deprecated and will be removed in pg@9.0"
    );
    var queryQueueDeprecationNotice = nodeUtils.deprecate(
      () => {
      },
      "Client.queryQueue is deprecated and will be removed in pg@9.0."
    );
    var pgPassDeprecationNotice = nodeUtils.deprecate(
      () => {
      },
      "pgpass support is deprecated and will be removed in pg@9.0. You can provide an async function as the password property to the Client/Pool constructor that returns a password instead. Within this function you can call the pgpass module in your own code."
    );
    var byoPromiseDeprecationNotice = nodeUtils.deprecate(
      () => {
      },
      "Passing a custom Promise implementation to the Client/Pool constructor is deprecated and will be removed in pg@9.0."
    );
    var queryQueueLengthDeprecationNotice = nodeUtils.deprecate(
      () => {
      },
      "Calling client.query() when the client is already executing a query is deprecated and will be removed in pg@9.0. Use async/await or an external async flow control mechanism instead."
    );
    function coerceNumberOrDefault(value, defaultValue) {
      if (typeof value === "number") {
        return Number.isFinite(value) ? value : defaultValue;
      }
      if (typeof value === "string" && value.trim() !== "") {
        const n = Number(value);
        return Number.isFinite(n) ? n : defaultValue;
      }
      return defaultValue;
    }
    var Client2 = class extends EventEmitter {
      constructor(config) {
        super();
        this.connectionParameters = new ConnectionParameters(config);
        this.user = this.connectionParameters.user;
        this.database = this.connectionParameters.database;
        this.port = this.connectionParameters.port;
        this.host = this.connectionParameters.host;
        Object.defineProperty(this, "password", {
          configurable: true,
          enumerable: false,
          writable: true,
          value: this.connectionParameters.password
        });
        this.replication = this.connectionParameters.replication;
        const c = config || {};
        if (c.Promise) {
          byoPromiseDeprecationNotice();
        }
        this._Promise = c.Promise || global.Promise;
        this._types = new TypeOverrides2(c.types);
        this._ending = false;
        this._ended = false;
        this._connecting = false;
        this._connected = false;
        this._connectionError = false;
        this._queryable = true;
        this._activeQuery = null;
        this._txStatus = null;
        this.enableChannelBinding = Boolean(c.enableChannelBinding);
        this.scramMaxIterations = coerceNumberOrDefault(c.scramMaxIterations, sasl.DEFAULT_MAX_SCRAM_ITERATIONS);
        this.connection = c.connection || new Connection2({
          stream: c.stream,
          ssl: this.connectionParameters.ssl,
          sslNegotiation: this.connectionParameters.sslnegotiation,
          keepAlive: c.keepAlive || false,
          keepAliveInitialDelayMillis: c.keepAliveInitialDelayMillis || 0,
          encoding: this.connectionParameters.client_encoding || "utf8"
        });
        this._queryQueue = [];
        this._sentQueryQueue = [];
        this.pipeline = Boolean(c.pipeline);
        this.binary = c.binary || defaults3.binary;
        this.processID = null;
        this.secretKey = null;
        this.ssl = this.connectionParameters.ssl || false;
        this.sslNegotiation = this.connectionParameters.sslnegotiation || "postgres";
        if (this.ssl && this.ssl.key) {
          Object.defineProperty(this.ssl, "key", {
            enumerable: false
          });
        }
        this._connectionTimeoutMillis = c.connectionTimeoutMillis || 0;
      }
      get activeQuery() {
        activeQueryDeprecationNotice();
        return this._activeQuery;
      }
      set activeQuery(val) {
        activeQueryDeprecationNotice();
        this._activeQuery = val;
      }
      _getActiveQuery() {
        return this._activeQuery;
      }
      _errorAllQueries(err) {
        const enqueueError = (query) => {
          process.nextTick(() => {
            query.handleError(err, this.connection);
          });
        };
        const activeQuery = this._getActiveQuery();
        if (activeQuery) {
          enqueueError(activeQuery);
          this._activeQuery = null;
        }
        this._sentQueryQueue.forEach(enqueueError);
        this._sentQueryQueue.length = 0;
        this._queryQueue.forEach(enqueueError);
        this._queryQueue.length = 0;
      }
      _connect(callback) {
        const self = this;
        const con = this.connection;
        this._connectionCallback = callback;
        if (this._connecting || this._connected) {
          const err = new Error("Client has already been connected. You cannot reuse a client.");
          process.nextTick(() => {
            callback(err);
          });
          return;
        }
        this._connecting = true;
        if (this._connectionTimeoutMillis > 0) {
          this.connectionTimeoutHandle = setTimeout(() => {
            con._ending = true;
            con.stream.destroy(new Error("timeout expired"));
          }, this._connectionTimeoutMillis);
          if (this.connectionTimeoutHandle.unref) {
            this.connectionTimeoutHandle.unref();
          }
        }
        if (this.host && this.host.indexOf("/") === 0) {
          con.connect(this.host + "/.s.PGSQL." + this.port);
        } else {
          con.connect(this.port, this.host);
        }
        con.on("connect", function() {
          if (self.ssl) {
            if (self.sslNegotiation !== "direct") {
              con.requestSsl();
            }
          } else {
            con.startup(self.getStartupConf());
          }
        });
        con.on("sslconnect", function() {
          con.startup(self.getStartupConf());
        });
        this._attachListeners(con);
        con.once("end", () => {
          const error = this._ending ? new Error("Connection terminated") : new Error("Connection terminated unexpectedly");
          clearTimeout(this.connectionTimeoutHandle);
          this._errorAllQueries(error);
          this._ended = true;
          if (!this._ending) {
            if (this._connecting && !this._connectionError) {
              if (this._connectionCallback) {
                this._connectionCallback(error);
              } else {
                this._handleErrorEvent(error);
              }
            } else if (!this._connectionError) {
              this._handleErrorEvent(error);
            }
          }
          process.nextTick(() => {
            this.emit("end");
          });
        });
      }
      connect(callback) {
        if (callback) {
          this._connect(callback);
          return;
        }
        return new this._Promise((resolve2, reject) => {
          this._connect((error) => {
            if (error) {
              reject(error);
            } else {
              resolve2(this);
            }
          });
        });
      }
      _attachListeners(con) {
        con.on("authenticationCleartextPassword", this._handleAuthCleartextPassword.bind(this));
        con.on("authenticationMD5Password", this._handleAuthMD5Password.bind(this));
        con.on("authenticationSASL", this._handleAuthSASL.bind(this));
        con.on("authenticationSASLContinue", this._handleAuthSASLContinue.bind(this));
        con.on("authenticationSASLFinal", this._handleAuthSASLFinal.bind(this));
        con.on("backendKeyData", this._handleBackendKeyData.bind(this));
        con.on("error", this._handleErrorEvent.bind(this));
        con.on("errorMessage", this._handleErrorMessage.bind(this));
        con.on("readyForQuery", this._handleReadyForQuery.bind(this));
        con.on("notice", this._handleNotice.bind(this));
        con.on("rowDescription", this._handleRowDescription.bind(this));
        con.on("dataRow", this._handleDataRow.bind(this));
        con.on("portalSuspended", this._handlePortalSuspended.bind(this));
        con.on("emptyQuery", this._handleEmptyQuery.bind(this));
        con.on("commandComplete", this._handleCommandComplete.bind(this));
        con.on("parseComplete", this._handleParseComplete.bind(this));
        con.on("copyInResponse", this._handleCopyInResponse.bind(this));
        con.on("copyData", this._handleCopyData.bind(this));
        con.on("notification", this._handleNotification.bind(this));
      }
      _getPassword(cb) {
        const con = this.connection;
        if (typeof this.password === "function") {
          this._Promise.resolve().then(() => this.password(this.connectionParameters)).then((pass) => {
            if (pass !== void 0) {
              if (typeof pass !== "string") {
                con.emit("error", new TypeError("Password must be a string"));
                return;
              }
              this.connectionParameters.password = this.password = pass;
            } else {
              this.connectionParameters.password = this.password = null;
            }
            cb();
          }).catch((err) => {
            con.emit("error", err);
          });
        } else if (this.password !== null) {
          cb();
        } else {
          try {
            const pgPass = require_lib();
            pgPass(this.connectionParameters, (pass) => {
              if (void 0 !== pass) {
                pgPassDeprecationNotice();
                this.connectionParameters.password = this.password = pass;
              }
              cb();
            });
          } catch (e) {
            this.emit("error", e);
          }
        }
      }
      _handleAuthCleartextPassword(msg) {
        this._getPassword(() => {
          this.connection.password(this.password);
        });
      }
      _handleAuthMD5Password(msg) {
        this._getPassword(async () => {
          try {
            const hashedPassword = await crypto.postgresMd5PasswordHash(this.user, this.password, msg.salt);
            this.connection.password(hashedPassword);
          } catch (e) {
            this.emit("error", e);
          }
        });
      }
      _handleAuthSASL(msg) {
        this._getPassword(() => {
          try {
            this.saslSession = sasl.startSession(
              msg.mechanisms,
              this.enableChannelBinding && this.connection.stream,
              this.scramMaxIterations
            );
            this.connection.sendSASLInitialResponseMessage(this.saslSession.mechanism, this.saslSession.response);
          } catch (err) {
            this.connection.emit("error", err);
          }
        });
      }
      async _handleAuthSASLContinue(msg) {
        try {
          await sasl.continueSession(
            this.saslSession,
            this.password,
            msg.data,
            this.enableChannelBinding && this.connection.stream
          );
          this.connection.sendSCRAMClientFinalMessage(this.saslSession.response);
        } catch (err) {
          this.connection.emit("error", err);
        }
      }
      _handleAuthSASLFinal(msg) {
        try {
          sasl.finalizeSession(this.saslSession, msg.data);
          this.saslSession = null;
        } catch (err) {
          this.connection.emit("error", err);
        }
      }
      _handleBackendKeyData(msg) {
        this.processID = msg.processID;
        this.secretKey = msg.secretKey;
      }
      _handleReadyForQuery(msg) {
        if (this._connecting) {
          this._connecting = false;
          this._connected = true;
          clearTimeout(this.connectionTimeoutHandle);
          if (this._connectionCallback) {
            this._connectionCallback(null, this);
            this._connectionCallback = null;
          }
          this.emit("connect");
        }
        const activeQuery = this._getActiveQuery();
        this._activeQuery = null;
        this._txStatus = msg?.status ?? null;
        this.readyForQuery = true;
        if (activeQuery) {
          activeQuery.handleReadyForQuery(this.connection);
        }
        this._pulseQueryQueue();
      }
      // if we receive an error event or error message
      // during the connection process we handle it here
      _handleErrorWhileConnecting(err) {
        if (this._connectionError) {
          return;
        }
        this._connectionError = true;
        clearTimeout(this.connectionTimeoutHandle);
        if (this._connectionCallback) {
          return this._connectionCallback(err);
        }
        this.emit("error", err);
      }
      // if we're connected and we receive an error event from the connection
      // this means the socket is dead - do a hard abort of all queries and emit
      // the socket error on the client as well
      _handleErrorEvent(err) {
        if (this._connecting) {
          return this._handleErrorWhileConnecting(err);
        }
        this._queryable = false;
        this._errorAllQueries(err);
        this.emit("error", err);
      }
      // handle error messages from the postgres backend
      _handleErrorMessage(msg) {
        if (this._connecting) {
          return this._handleErrorWhileConnecting(msg);
        }
        const activeQuery = this._getActiveQuery();
        if (!activeQuery) {
          this._handleErrorEvent(msg);
          return;
        }
        this._activeQuery = null;
        if (activeQuery.name) {
          delete this.connection.submittedNamedStatements[activeQuery.name];
        }
        activeQuery.handleError(msg, this.connection);
      }
      _handleRowDescription(msg) {
        const activeQuery = this._getActiveQuery();
        if (activeQuery == null) {
          const error = new Error("Received unexpected rowDescription message from backend.");
          this._handleErrorEvent(error);
          return;
        }
        activeQuery.handleRowDescription(msg);
      }
      _handleDataRow(msg) {
        const activeQuery = this._getActiveQuery();
        if (activeQuery == null) {
          const error = new Error("Received unexpected dataRow message from backend.");
          this._handleErrorEvent(error);
          return;
        }
        activeQuery.handleDataRow(msg);
      }
      _handlePortalSuspended(msg) {
        const activeQuery = this._getActiveQuery();
        if (activeQuery == null) {
          const error = new Error("Received unexpected portalSuspended message from backend.");
          this._handleErrorEvent(error);
          return;
        }
        activeQuery.handlePortalSuspended(this.connection);
      }
      _handleEmptyQuery(msg) {
        const activeQuery = this._getActiveQuery();
        if (activeQuery == null) {
          const error = new Error("Received unexpected emptyQuery message from backend.");
          this._handleErrorEvent(error);
          return;
        }
        activeQuery.handleEmptyQuery(this.connection);
      }
      _handleCommandComplete(msg) {
        const activeQuery = this._getActiveQuery();
        if (activeQuery == null) {
          const error = new Error("Received unexpected commandComplete message from backend.");
          this._handleErrorEvent(error);
          return;
        }
        activeQuery.handleCommandComplete(msg, this.connection);
      }
      _handleParseComplete() {
        const activeQuery = this._getActiveQuery();
        if (activeQuery == null) {
          const error = new Error("Received unexpected parseComplete message from backend.");
          this._handleErrorEvent(error);
          return;
        }
        if (activeQuery.name) {
          this.connection.parsedStatements[activeQuery.name] = activeQuery.text;
          delete this.connection.submittedNamedStatements[activeQuery.name];
        }
      }
      _handleCopyInResponse(msg) {
        const activeQuery = this._getActiveQuery();
        if (activeQuery == null) {
          const error = new Error("Received unexpected copyInResponse message from backend.");
          this._handleErrorEvent(error);
          return;
        }
        activeQuery.handleCopyInResponse(this.connection);
      }
      _handleCopyData(msg) {
        const activeQuery = this._getActiveQuery();
        if (activeQuery == null) {
          const error = new Error("Received unexpected copyData message from backend.");
          this._handleErrorEvent(error);
          return;
        }
        activeQuery.handleCopyData(msg, this.connection);
      }
      _handleNotification(msg) {
        this.emit("notification", msg);
      }
      _handleNotice(msg) {
        this.emit("notice", msg);
      }
      getStartupConf() {
        const params = this.connectionParameters;
        const data = {
          user: params.user,
          database: params.database
        };
        const appName = params.application_name || params.fallback_application_name;
        if (appName) {
          data.application_name = appName;
        }
        if (params.replication) {
          data.replication = "" + params.replication;
        }
        if (params.statement_timeout) {
          data.statement_timeout = String(parseInt(params.statement_timeout, 10));
        }
        if (params.lock_timeout) {
          data.lock_timeout = String(parseInt(params.lock_timeout, 10));
        }
        if (params.idle_in_transaction_session_timeout) {
          data.idle_in_transaction_session_timeout = String(parseInt(params.idle_in_transaction_session_timeout, 10));
        }
        if (params.options) {
          data.options = params.options;
        }
        return data;
      }
      cancel(client, query) {
        if (client.activeQuery === query) {
          const con = this.connection;
          if (this.host && this.host.indexOf("/") === 0) {
            con.connect(this.host + "/.s.PGSQL." + this.port);
          } else {
            con.connect(this.port, this.host);
          }
          con.on("connect", function() {
            con.cancel(client.processID, client.secretKey);
          });
        } else if (client._queryQueue.indexOf(query) !== -1) {
          client._queryQueue.splice(client._queryQueue.indexOf(query), 1);
        } else if (client._sentQueryQueue.indexOf(query) !== -1) {
          query.callback = () => {
          };
        }
      }
      setTypeParser(oid, format, parseFn) {
        return this._types.setTypeParser(oid, format, parseFn);
      }
      getTypeParser(oid, format) {
        return this._types.getTypeParser(oid, format);
      }
      // escapeIdentifier and escapeLiteral moved to utility functions & exported
      // on PG
      // re-exported here for backwards compatibility
      escapeIdentifier(str) {
        return utils.escapeIdentifier(str);
      }
      escapeLiteral(str) {
        return utils.escapeLiteral(str);
      }
      _pulseQueryQueue() {
        if (this.pipeline) {
          this._pulsePipelinedQueryQueue();
          return;
        }
        if (this.readyForQuery === true) {
          this._activeQuery = this._queryQueue.shift();
          const activeQuery = this._getActiveQuery();
          if (activeQuery) {
            this.readyForQuery = false;
            this.hasExecuted = true;
            const queryError = activeQuery.submit(this.connection);
            if (queryError) {
              process.nextTick(() => {
                activeQuery.handleError(queryError, this.connection);
                this.readyForQuery = true;
                this._pulseQueryQueue();
              });
            }
          } else if (this.hasExecuted) {
            this._activeQuery = null;
            this.emit("drain");
          }
        }
      }
      _pulsePipelinedQueryQueue() {
        if (!this._connected || !this._queryable) {
          return;
        }
        while (this._queryQueue.length > 0) {
          const query = this._queryQueue.shift();
          this.hasExecuted = true;
          const queryError = query.submit(this.connection);
          if (queryError) {
            process.nextTick(() => {
              query.handleError(queryError, this.connection);
            });
            continue;
          }
          this._sentQueryQueue.push(query);
        }
        if (this.readyForQuery && !this._activeQuery && this._sentQueryQueue.length > 0) {
          this._activeQuery = this._sentQueryQueue.shift();
          this.readyForQuery = false;
        }
        if (!this._activeQuery && this._sentQueryQueue.length === 0 && this._queryQueue.length === 0 && this.hasExecuted) {
          this.emit("drain");
        }
      }
      query(config, values, callback) {
        let query;
        let result;
        if (config == null) {
          throw new TypeError("Client was passed a null or undefined query");
        }
        if (typeof config.submit === "function") {
          result = query = config;
          if (!query.callback) {
            if (typeof values === "function") {
              query.callback = values;
            } else if (callback) {
              query.callback = callback;
            }
          }
        } else {
          query = new Query2(config, values, callback);
          if (!query.callback) {
            result = new this._Promise((resolve2, reject) => {
              query.callback = (err, res) => err ? reject(err) : resolve2(res);
            }).catch((err) => {
              Error.captureStackTrace(err);
              throw err;
            });
          } else if (typeof query.callback !== "function") {
            throw new TypeError("callback is not a function");
          }
        }
        const readTimeout = config.query_timeout || this.connectionParameters.query_timeout;
        if (readTimeout) {
          const queryCallback = query.callback || (() => {
          });
          const readTimeoutTimer = setTimeout(() => {
            const error = new Error("Query read timeout");
            process.nextTick(() => {
              query.handleError(error, this.connection);
            });
            queryCallback(error);
            query.callback = () => {
            };
            const index = this._queryQueue.indexOf(query);
            if (index > -1) {
              this._queryQueue.splice(index, 1);
            } else if (this.pipeline) {
              this.connection.stream.destroy();
              return;
            }
            this._pulseQueryQueue();
          }, readTimeout);
          query.callback = (err, res) => {
            clearTimeout(readTimeoutTimer);
            queryCallback(err, res);
          };
        }
        if (this.binary && !query.binary) {
          query.binary = true;
        }
        if (query._result && !query._result._types) {
          query._result._types = this._types;
        }
        if (this.pipeline) {
          const portalQuery = typeof config.submit === "function" && !(query instanceof Query2) ? "Custom query classes such as pg-cursor and pg-query-stream are" : query.rows ? "The `rows` option is" : null;
          if (portalQuery) {
            process.nextTick(() => {
              query.handleError(new Error(`${portalQuery} not supported in pipeline mode`), this.connection);
            });
            return result;
          }
        }
        if (!this._queryable) {
          process.nextTick(() => {
            query.handleError(new Error("Client has encountered a connection error and is not queryable"), this.connection);
          });
          return result;
        }
        if (this._ending) {
          process.nextTick(() => {
            query.handleError(new Error("Client was closed and is not queryable"), this.connection);
          });
          return result;
        }
        if (this._queryQueue.length > 0 && !this.pipeline) {
          queryQueueLengthDeprecationNotice();
        }
        this._queryQueue.push(query);
        this._pulseQueryQueue();
        return result;
      }
      ref() {
        this.connection.ref();
      }
      unref() {
        this.connection.unref();
      }
      getTransactionStatus() {
        return this._txStatus;
      }
      end(cb) {
        this._ending = true;
        if (!this.connection._connecting || this._ended) {
          if (cb) {
            cb();
            return;
          } else {
            return this._Promise.resolve();
          }
        }
        if (!this._queryable) {
          this.connection.stream.destroy();
        } else if (this.pipeline && (this._getActiveQuery() || this._sentQueryQueue.length > 0 || this._queryQueue.length > 0)) {
          this.once("drain", () => this.connection.end());
        } else if (this._getActiveQuery()) {
          this.connection.stream.destroy();
        } else {
          this.connection.end();
        }
        if (cb) {
          this.connection.once("end", cb);
        } else {
          return new this._Promise((resolve2) => {
            this.connection.once("end", resolve2);
          });
        }
      }
      get queryQueue() {
        queryQueueDeprecationNotice();
        return this._queryQueue;
      }
    };
    Client2.Query = Query2;
    module.exports = Client2;
  }
});

// node_modules/pg-pool/index.js
var require_pg_pool = __commonJS({
  "node_modules/pg-pool/index.js"(exports, module) {
    "use strict";
    var EventEmitter = __require("events").EventEmitter;
    var NOOP = function() {
    };
    var removeWhere = (list2, predicate) => {
      const i = list2.findIndex(predicate);
      return i === -1 ? void 0 : list2.splice(i, 1)[0];
    };
    var IdleItem = class {
      constructor(client, idleListener, timeoutId) {
        this.client = client;
        this.idleListener = idleListener;
        this.timeoutId = timeoutId;
      }
    };
    var PendingItem = class {
      constructor(callback) {
        this.callback = callback;
      }
    };
    function throwOnDoubleRelease() {
      throw new Error("Release called on client which has already been released to the pool.");
    }
    function promisify(Promise2, callback) {
      if (callback) {
        return { callback, result: void 0 };
      }
      let rej;
      let res;
      const cb = function(err, client) {
        err ? rej(err) : res(client);
      };
      const result = new Promise2(function(resolve2, reject) {
        res = resolve2;
        rej = reject;
      }).catch((err) => {
        Error.captureStackTrace(err);
        throw err;
      });
      return { callback: cb, result };
    }
    function makeIdleListener(pool, client) {
      return function idleListener(err) {
        err.client = client;
        client.removeListener("error", idleListener);
        client.on("error", () => {
          pool.log("additional client error after disconnection due to error", err);
        });
        pool._remove(client);
        pool.emit("error", err, client);
      };
    }
    var Pool2 = class extends EventEmitter {
      constructor(options, Client2) {
        super();
        this.options = Object.assign({}, options);
        if (options != null && "password" in options) {
          Object.defineProperty(this.options, "password", {
            configurable: true,
            enumerable: false,
            writable: true,
            value: options.password
          });
        }
        if (options != null && options.ssl && options.ssl.key) {
          Object.defineProperty(this.options.ssl, "key", {
            enumerable: false
          });
        }
        this.options.max = this.options.max || this.options.poolSize || 10;
        this.options.min = this.options.min || 0;
        this.options.maxUses = this.options.maxUses || Infinity;
        this.options.allowExitOnIdle = this.options.allowExitOnIdle || false;
        this.options.maxLifetimeSeconds = this.options.maxLifetimeSeconds || 0;
        this.log = this.options.log || function() {
        };
        this.Client = this.options.Client || Client2 || require_lib2().Client;
        this.Promise = this.options.Promise || global.Promise;
        if (typeof this.options.idleTimeoutMillis === "undefined") {
          this.options.idleTimeoutMillis = 1e4;
        }
        this._clients = [];
        this._idle = [];
        this._expired = /* @__PURE__ */ new WeakSet();
        this._pendingQueue = [];
        this._endCallback = void 0;
        this.ending = false;
        this.ended = false;
      }
      _promiseTry(f) {
        const Promise2 = this.Promise;
        if (typeof Promise2.try === "function") {
          return Promise2.try(f);
        }
        return new Promise2((resolve2) => resolve2(f()));
      }
      _isFull() {
        return this._clients.length >= this.options.max;
      }
      _isAboveMin() {
        return this._clients.length > this.options.min;
      }
      _pulseQueue() {
        this.log("pulse queue");
        if (this.ended) {
          this.log("pulse queue ended");
          return;
        }
        if (this.ending) {
          this.log("pulse queue on ending");
          if (this._idle.length) {
            this._idle.slice().map((item) => {
              this._remove(item.client);
            });
          }
          if (!this._clients.length) {
            this.ended = true;
            this._endCallback();
          }
          return;
        }
        if (!this._pendingQueue.length) {
          this.log("no queued requests");
          return;
        }
        if (!this._idle.length && this._isFull()) {
          return;
        }
        const pendingItem = this._pendingQueue.shift();
        if (this._idle.length) {
          const idleItem = this._idle.pop();
          clearTimeout(idleItem.timeoutId);
          const client = idleItem.client;
          client.ref && client.ref();
          const idleListener = idleItem.idleListener;
          return this._acquireClient(client, pendingItem, idleListener, false);
        }
        if (!this._isFull()) {
          return this.newClient(pendingItem);
        }
        throw new Error("unexpected condition");
      }
      _remove(client, callback) {
        const removed = removeWhere(this._idle, (item) => item.client === client);
        if (removed !== void 0) {
          clearTimeout(removed.timeoutId);
        }
        this._clients = this._clients.filter((c) => c !== client);
        const context3 = this;
        client.end(() => {
          context3.emit("remove", client);
          if (typeof callback === "function") {
            callback();
          }
        });
      }
      connect(cb) {
        if (this.ending) {
          const err = new Error("Cannot use a pool after calling end on the pool");
          return cb ? cb(err) : this.Promise.reject(err);
        }
        const response = promisify(this.Promise, cb);
        const result = response.result;
        if (this._isFull() || this._idle.length) {
          if (this._idle.length) {
            process.nextTick(() => this._pulseQueue());
          }
          if (!this.options.connectionTimeoutMillis) {
            this._pendingQueue.push(new PendingItem(response.callback));
            return result;
          }
          const queueCallback = (err, res, done) => {
            clearTimeout(tid);
            response.callback(err, res, done);
          };
          const pendingItem = new PendingItem(queueCallback);
          const tid = setTimeout(() => {
            removeWhere(this._pendingQueue, (i) => i.callback === queueCallback);
            pendingItem.timedOut = true;
            response.callback(new Error("timeout exceeded when trying to connect"));
          }, this.options.connectionTimeoutMillis);
          if (tid.unref) {
            tid.unref();
          }
          this._pendingQueue.push(pendingItem);
          return result;
        }
        this.newClient(new PendingItem(response.callback));
        return result;
      }
      newClient(pendingItem) {
        const client = new this.Client(this.options);
        this._clients.push(client);
        const idleListener = makeIdleListener(this, client);
        this.log("checking client timeout");
        let tid;
        let timeoutHit = false;
        if (this.options.connectionTimeoutMillis) {
          tid = setTimeout(() => {
            if (client.connection) {
              this.log("ending client due to timeout");
              timeoutHit = true;
              client.connection.stream.destroy();
            } else if (!client.isConnected()) {
              this.log("ending client due to timeout");
              timeoutHit = true;
              client.end();
            }
          }, this.options.connectionTimeoutMillis);
        }
        this.log("connecting new client");
        client.connect((err) => {
          if (tid) {
            clearTimeout(tid);
          }
          client.on("error", idleListener);
          if (err) {
            this.log("client failed to connect", err);
            this._clients = this._clients.filter((c) => c !== client);
            if (timeoutHit) {
              err = new Error("Connection terminated due to connection timeout", { cause: err });
            }
            this._pulseQueue();
            if (!pendingItem.timedOut) {
              pendingItem.callback(err, void 0, NOOP);
            }
          } else {
            this.log("new client connected");
            if (this.options.onConnect) {
              this._promiseTry(() => this.options.onConnect(client)).then(
                () => {
                  this._afterConnect(client, pendingItem, idleListener);
                },
                (hookErr) => {
                  this._clients = this._clients.filter((c) => c !== client);
                  client.end(() => {
                    this._pulseQueue();
                    if (!pendingItem.timedOut) {
                      pendingItem.callback(hookErr, void 0, NOOP);
                    }
                  });
                }
              );
              return;
            }
            return this._afterConnect(client, pendingItem, idleListener);
          }
        });
      }
      _afterConnect(client, pendingItem, idleListener) {
        if (this.options.maxLifetimeSeconds !== 0) {
          const maxLifetimeTimeout = setTimeout(() => {
            this.log("ending client due to expired lifetime");
            this._expired.add(client);
            const idleIndex = this._idle.findIndex((idleItem) => idleItem.client === client);
            if (idleIndex !== -1) {
              this._acquireClient(
                client,
                new PendingItem((err, client2, clientRelease) => clientRelease()),
                idleListener,
                false
              );
            }
          }, this.options.maxLifetimeSeconds * 1e3);
          maxLifetimeTimeout.unref();
          client.once("end", () => clearTimeout(maxLifetimeTimeout));
        }
        return this._acquireClient(client, pendingItem, idleListener, true);
      }
      // acquire a client for a pending work item
      _acquireClient(client, pendingItem, idleListener, isNew) {
        if (isNew) {
          this.emit("connect", client);
        }
        this.emit("acquire", client);
        client.release = this._releaseOnce(client, idleListener);
        client.removeListener("error", idleListener);
        if (!pendingItem.timedOut) {
          if (isNew && this.options.verify) {
            this.options.verify(client, (err) => {
              if (err) {
                client.release(err);
                return pendingItem.callback(err, void 0, NOOP);
              }
              pendingItem.callback(void 0, client, client.release);
            });
          } else {
            pendingItem.callback(void 0, client, client.release);
          }
        } else {
          if (isNew && this.options.verify) {
            this.options.verify(client, client.release);
          } else {
            client.release();
          }
        }
      }
      // returns a function that wraps _release and throws if called more than once
      _releaseOnce(client, idleListener) {
        let released = false;
        return (err) => {
          if (released) {
            throwOnDoubleRelease();
          }
          released = true;
          this._release(client, idleListener, err);
        };
      }
      // release a client back to the poll, include an error
      // to remove it from the pool
      _release(client, idleListener, err) {
        client.on("error", idleListener);
        client._poolUseCount = (client._poolUseCount || 0) + 1;
        this.emit("release", err, client);
        if (err || this.ending || !client._queryable || client._ending || client._poolUseCount >= this.options.maxUses) {
          if (client._poolUseCount >= this.options.maxUses) {
            this.log("remove expended client");
          }
          return this._remove(client, this._pulseQueue.bind(this));
        }
        const isExpired = this._expired.has(client);
        if (isExpired) {
          this.log("remove expired client");
          this._expired.delete(client);
          return this._remove(client, this._pulseQueue.bind(this));
        }
        let tid;
        if (this.options.idleTimeoutMillis && this._isAboveMin()) {
          tid = setTimeout(() => {
            if (this._isAboveMin()) {
              this.log("remove idle client");
              this._remove(client, this._pulseQueue.bind(this));
            }
          }, this.options.idleTimeoutMillis);
          if (this.options.allowExitOnIdle) {
            tid.unref();
          }
        }
        if (this.options.allowExitOnIdle) {
          client.unref();
        }
        this._idle.push(new IdleItem(client, idleListener, tid));
        this._pulseQueue();
      }
      query(text, values, cb) {
        if (typeof text === "function") {
          const response2 = promisify(this.Promise, text);
          setImmediate(function() {
            return response2.callback(new Error("Passing a function as the first parameter to pool.query is not supported"));
          });
          return response2.result;
        }
        if (typeof values === "function") {
          cb = values;
          values = void 0;
        }
        const response = promisify(this.Promise, cb);
        cb = response.callback;
        this.connect((err, client) => {
          if (err) {
            return cb(err);
          }
          let clientReleased = false;
          const onError = (err2) => {
            if (clientReleased) {
              return;
            }
            clientReleased = true;
            client.release(err2);
            cb(err2);
          };
          client.once("error", onError);
          this.log("dispatching query");
          try {
            client.query(text, values, (err2, res) => {
              this.log("query dispatched");
              client.removeListener("error", onError);
              if (clientReleased) {
                return;
              }
              clientReleased = true;
              client.release(err2);
              if (err2) {
                return cb(err2);
              }
              return cb(void 0, res);
            });
          } catch (err2) {
            client.release(err2);
            return cb(err2);
          }
        });
        return response.result;
      }
      end(cb) {
        this.log("ending");
        if (this.ending) {
          const err = new Error("Called end on pool more than once");
          return cb ? cb(err) : this.Promise.reject(err);
        }
        this.ending = true;
        const promised = promisify(this.Promise, cb);
        this._endCallback = promised.callback;
        this._pulseQueue();
        return promised.result;
      }
      get waitingCount() {
        return this._pendingQueue.length;
      }
      get idleCount() {
        return this._idle.length;
      }
      get expiredCount() {
        return this._clients.reduce((acc, client) => acc + (this._expired.has(client) ? 1 : 0), 0);
      }
      get totalCount() {
        return this._clients.length;
      }
    };
    module.exports = Pool2;
  }
});

// node_modules/pg/lib/native/query.js
var require_query2 = __commonJS({
  "node_modules/pg/lib/native/query.js"(exports, module) {
    "use strict";
    var EventEmitter = __require("events").EventEmitter;
    var util = __require("util");
    var utils = require_utils();
    var NativeQuery = module.exports = function(config, values, callback) {
      EventEmitter.call(this);
      config = utils.normalizeQueryConfig(config, values, callback);
      this.text = config.text;
      this.values = config.values;
      this.name = config.name;
      this.queryMode = config.queryMode;
      this.callback = config.callback;
      this.state = "new";
      this._arrayMode = config.rowMode === "array";
      this._emitRowEvents = false;
      this.on(
        "newListener",
        function(event) {
          if (event === "row") this._emitRowEvents = true;
        }.bind(this)
      );
    };
    util.inherits(NativeQuery, EventEmitter);
    var errorFieldMap = {
      sqlState: "code",
      statementPosition: "position",
      messagePrimary: "message",
      messageDetail: "detail",
      messageHint: "hint",
      context: "where",
      schemaName: "schema",
      tableName: "table",
      columnName: "column",
      dataTypeName: "dataType",
      constraintName: "constraint",
      sourceFile: "file",
      sourceLine: "line",
      sourceFunction: "routine"
    };
    NativeQuery.prototype.handleError = function(err) {
      const fields = this.native && this.native.pq.resultErrorFields();
      if (fields) {
        for (const key3 in fields) {
          const normalizedFieldName = errorFieldMap[key3] || key3;
          err[normalizedFieldName] = fields[key3];
        }
      }
      if (this.callback) {
        this.callback(err);
      } else {
        this.emit("error", err);
      }
      this.state = "error";
    };
    NativeQuery.prototype.then = function(onSuccess, onFailure) {
      return this._getPromise().then(onSuccess, onFailure);
    };
    NativeQuery.prototype.catch = function(callback) {
      return this._getPromise().catch(callback);
    };
    NativeQuery.prototype._getPromise = function() {
      if (this._promise) return this._promise;
      this._promise = new Promise(
        function(resolve2, reject) {
          this._once("end", resolve2);
          this._once("error", reject);
        }.bind(this)
      );
      return this._promise;
    };
    NativeQuery.prototype.submit = function(client) {
      this.state = "running";
      const self = this;
      this.native = client.native;
      client.native.arrayMode = this._arrayMode;
      let after = function(err, rows, results) {
        client.native.arrayMode = false;
        setImmediate(function() {
          self.emit("_done");
        });
        if (err) {
          return self.handleError(err);
        }
        if (self._emitRowEvents) {
          if (results.length > 1) {
            rows.forEach((rowOfRows, i) => {
              rowOfRows.forEach((row3) => {
                self.emit("row", row3, results[i]);
              });
            });
          } else {
            rows.forEach(function(row3) {
              self.emit("row", row3, results);
            });
          }
        }
        self.state = "end";
        self.emit("end", results);
        if (self.callback) {
          self.callback(null, results);
        }
      };
      if (process.domain) {
        after = process.domain.bind(after);
      }
      if (this.name) {
        if (this.name.length > 63) {
          console.error("Warning! Postgres only supports 63 characters for query names.");
          console.error("You supplied %s (%s)", this.name, this.name.length);
          console.error("This can cause conflicts and silent errors executing queries");
        }
        const values = (this.values || []).map(utils.prepareValue);
        if (client.namedQueries[this.name] !== void 0) {
          if (this.text && client.namedQueries[this.name] !== this.text) {
            const err = new Error(`Prepared statements must be unique - '${this.name}' was used for a different statement`);
            return after(err);
          }
          return client.native.execute(this.name, values, after);
        }
        return client.native.prepare(this.name, this.text, values.length, function(err) {
          if (err) return after(err);
          client.namedQueries[self.name] = self.text;
          return self.native.execute(self.name, values, after);
        });
      } else if (this.values) {
        if (!Array.isArray(this.values)) {
          const err = new Error("Query values must be an array");
          return after(err);
        }
        const vals = this.values.map(utils.prepareValue);
        client.native.query(this.text, vals, after);
      } else if (this.queryMode === "extended") {
        client.native.query(this.text, [], after);
      } else {
        client.native.query(this.text, after);
      }
    };
  }
});

// node_modules/pg/lib/native/client.js
var require_client2 = __commonJS({
  "node_modules/pg/lib/native/client.js"(exports, module) {
    var nodeUtils = __require("util");
    var Native;
    try {
      Native = __require("pg-native");
    } catch (e) {
      throw e;
    }
    var TypeOverrides2 = require_type_overrides();
    var EventEmitter = __require("events").EventEmitter;
    var util = __require("util");
    var ConnectionParameters = require_connection_parameters();
    var NativeQuery = require_query2();
    var queryQueueLengthDeprecationNotice = nodeUtils.deprecate(
      () => {
      },
      "Calling client.query() when the client is already executing a query is deprecated and will be removed in pg@9.0. Use async/await or an external async flow control mechanism instead."
    );
    var Client2 = module.exports = function(config) {
      EventEmitter.call(this);
      config = config || {};
      this._Promise = config.Promise || global.Promise;
      this._types = new TypeOverrides2(config.types);
      this.native = new Native({
        types: this._types
      });
      this._queryQueue = [];
      this._ending = false;
      this._connecting = false;
      this._connected = false;
      this._queryable = true;
      this.pipeline = Boolean(config.pipeline);
      this._pipelineInFlight = false;
      const cp = this.connectionParameters = new ConnectionParameters(config);
      if (config.nativeConnectionString) cp.nativeConnectionString = config.nativeConnectionString;
      this.user = cp.user;
      Object.defineProperty(this, "password", {
        configurable: true,
        enumerable: false,
        writable: true,
        value: cp.password
      });
      this.database = cp.database;
      this.host = cp.host;
      this.port = cp.port;
      this.namedQueries = {};
    };
    Client2.Query = NativeQuery;
    util.inherits(Client2, EventEmitter);
    Client2.prototype._errorAllQueries = function(err) {
      const enqueueError = (query) => {
        process.nextTick(() => {
          query.native = this.native;
          query.handleError(err);
        });
      };
      if (this._hasActiveQuery()) {
        enqueueError(this._activeQuery);
        this._activeQuery = null;
      }
      this._queryQueue.forEach(enqueueError);
      this._queryQueue.length = 0;
    };
    Client2.prototype._connect = function(cb) {
      const self = this;
      if (this._connecting) {
        process.nextTick(() => cb(new Error("Client has already been connected. You cannot reuse a client.")));
        return;
      }
      this._connecting = true;
      this.connectionParameters.getLibpqConnectionString(function(err, conString) {
        if (self.connectionParameters.nativeConnectionString) conString = self.connectionParameters.nativeConnectionString;
        if (err) return cb(err);
        self.native.connect(conString, function(err2) {
          if (err2) {
            self.native.end();
            return cb(err2);
          }
          self._connected = true;
          self.native.on("error", function(err3) {
            self._queryable = false;
            self._errorAllQueries(err3);
            self.emit("error", err3);
          });
          self.native.on("notification", function(msg) {
            self.emit("notification", {
              channel: msg.relname,
              payload: msg.extra
            });
          });
          self.emit("connect");
          self._pulseQueryQueue(true);
          cb(null, this);
        });
      });
    };
    Client2.prototype.connect = function(callback) {
      if (callback) {
        this._connect(callback);
        return;
      }
      return new this._Promise((resolve2, reject) => {
        this._connect((error) => {
          if (error) {
            reject(error);
          } else {
            resolve2(this);
          }
        });
      });
    };
    Client2.prototype.query = function(config, values, callback) {
      let query;
      let result;
      let readTimeout;
      let readTimeoutTimer;
      let queryCallback;
      if (config === null || config === void 0) {
        throw new TypeError("Client was passed a null or undefined query");
      } else if (typeof config.submit === "function") {
        readTimeout = config.query_timeout || this.connectionParameters.query_timeout;
        result = query = config;
        if (typeof values === "function") {
          config.callback = values;
        }
      } else {
        readTimeout = config.query_timeout || this.connectionParameters.query_timeout;
        query = new NativeQuery(config, values, callback);
        if (!query.callback) {
          let resolveOut, rejectOut;
          result = new this._Promise((resolve2, reject) => {
            resolveOut = resolve2;
            rejectOut = reject;
          }).catch((err) => {
            Error.captureStackTrace(err);
            throw err;
          });
          query.callback = (err, res) => err ? rejectOut(err) : resolveOut(res);
        }
      }
      if (readTimeout) {
        queryCallback = query.callback || (() => {
        });
        readTimeoutTimer = setTimeout(() => {
          const error = new Error("Query read timeout");
          process.nextTick(() => {
            query.handleError(error, this.connection);
          });
          queryCallback(error);
          query.callback = () => {
          };
          const index = this._queryQueue.indexOf(query);
          if (index > -1) {
            this._queryQueue.splice(index, 1);
          }
          this._pulseQueryQueue();
        }, readTimeout);
        query.callback = (err, res) => {
          clearTimeout(readTimeoutTimer);
          queryCallback(err, res);
        };
      }
      if (!this._queryable) {
        query.native = this.native;
        process.nextTick(() => {
          query.handleError(new Error("Client has encountered a connection error and is not queryable"));
        });
        return result;
      }
      if (this._ending) {
        query.native = this.native;
        process.nextTick(() => {
          query.handleError(new Error("Client was closed and is not queryable"));
        });
        return result;
      }
      if (this._queryQueue.length > 0 && !this.pipeline) {
        queryQueueLengthDeprecationNotice();
      }
      this._queryQueue.push(query);
      this._pulseQueryQueue();
      return result;
    };
    Client2.prototype.end = function(cb) {
      const self = this;
      this._ending = true;
      if (this._connecting && !this._connected) {
        this.once("connect", () => {
          this.end(() => {
          });
        });
      }
      let result;
      if (!cb) {
        result = new this._Promise(function(resolve2, reject) {
          cb = (err) => err ? reject(err) : resolve2();
        });
      }
      const doEnd = function() {
        self.native.end(function() {
          self._connected = false;
          self._errorAllQueries(new Error("Connection terminated"));
          process.nextTick(() => {
            self.emit("end");
            if (cb) cb();
          });
        });
      };
      if (this.pipeline && (this._pipelineInFlight || this._queryQueue.length > 0)) {
        this.once("drain", doEnd);
      } else {
        doEnd();
      }
      return result;
    };
    Client2.prototype._hasActiveQuery = function() {
      return this._activeQuery && this._activeQuery.state !== "error" && this._activeQuery.state !== "end";
    };
    Client2.prototype._pulseQueryQueue = function(initialConnection) {
      if (!this._connected) {
        return;
      }
      if (this.pipeline && !initialConnection) {
        return this._pulsePipelinedQueryQueue();
      }
      if (this._hasActiveQuery()) {
        return;
      }
      const query = this._queryQueue.shift();
      if (!query) {
        if (!initialConnection) {
          this.emit("drain");
        }
        return;
      }
      this._activeQuery = query;
      query.submit(this);
      const self = this;
      query.once("_done", function() {
        self._pulseQueryQueue();
      });
    };
    Client2.prototype._pulsePipelinedQueryQueue = function() {
      if (!this._connected || this._pipelineInFlight) {
        return;
      }
      if (this._queryQueue.length === 0) {
        if (this.hasExecuted) {
          this.emit("drain");
        }
        return;
      }
      this._pipelineInFlight = true;
      const self = this;
      const queries = [];
      const nativeQueries = [];
      const utils = require_utils();
      while (this._queryQueue.length > 0) {
        const query = this._queryQueue.shift();
        this.hasExecuted = true;
        nativeQueries.push(query);
        const values = query.values ? query.values.map(utils.prepareValue) : null;
        const pipelineEntry = { text: query.text, name: query.name, arrayMode: query._arrayMode };
        if (values) {
          pipelineEntry.values = values;
        }
        if (query.name && this.namedQueries[query.name]) {
          pipelineEntry._alreadyPrepared = true;
        }
        queries.push(pipelineEntry);
      }
      this.native.pipeline(queries, function(err, results) {
        self._pipelineInFlight = false;
        if (err) {
          self._connected = false;
          self._queryable = false;
          for (let i = 0; i < nativeQueries.length; i++) {
            const q = nativeQueries[i];
            q.native = self.native;
            q.handleError(err);
          }
          self._errorAllQueries(err);
          self.emit("error", err);
          self.emit("end");
          return;
        }
        for (let i = 0; i < nativeQueries.length; i++) {
          const q = nativeQueries[i];
          const r = results[i];
          q.native = self.native;
          if (r.err) {
            q.handleError(r.err);
          } else {
            if (q.name) {
              self.namedQueries[q.name] = q.text;
            }
            q.state = "end";
            q.emit("end", r.result);
            if (q.callback) {
              q.callback(null, r.result);
            }
          }
          setImmediate(function() {
            q.emit("_done");
          });
        }
        self._pulsePipelinedQueryQueue();
      });
    };
    Client2.prototype.cancel = function(query) {
      if (this._activeQuery === query) {
        this.native.cancel(function() {
        });
      } else if (this._queryQueue.indexOf(query) !== -1) {
        this._queryQueue.splice(this._queryQueue.indexOf(query), 1);
      }
    };
    Client2.prototype.ref = function() {
    };
    Client2.prototype.unref = function() {
    };
    Client2.prototype.setTypeParser = function(oid, format, parseFn) {
      return this._types.setTypeParser(oid, format, parseFn);
    };
    Client2.prototype.getTypeParser = function(oid, format) {
      return this._types.getTypeParser(oid, format);
    };
    Client2.prototype.isConnected = function() {
      return this._connected;
    };
    Client2.prototype.getTransactionStatus = function() {
      return this.native.getTransactionStatus();
    };
  }
});

// node_modules/pg/lib/native/index.js
var require_native = __commonJS({
  "node_modules/pg/lib/native/index.js"(exports, module) {
    "use strict";
    module.exports = require_client2();
  }
});

// node_modules/pg/lib/index.js
var require_lib2 = __commonJS({
  "node_modules/pg/lib/index.js"(exports, module) {
    "use strict";
    var Client2 = require_client();
    var defaults3 = require_defaults();
    var Connection2 = require_connection();
    var Result2 = require_result();
    var utils = require_utils();
    var Pool2 = require_pg_pool();
    var TypeOverrides2 = require_type_overrides();
    var { DatabaseError: DatabaseError2 } = require_dist2();
    var { escapeIdentifier: escapeIdentifier2, escapeLiteral: escapeLiteral3 } = require_utils();
    var poolFactory = (Client3) => {
      return class BoundPool extends Pool2 {
        constructor(options) {
          super(options, Client3);
        }
      };
    };
    var PG = function(clientConstructor2) {
      this.defaults = defaults3;
      this.Client = clientConstructor2;
      this.Query = this.Client.Query;
      this.Pool = poolFactory(this.Client);
      this._pools = [];
      this.Connection = Connection2;
      this.types = require_pg_types();
      this.DatabaseError = DatabaseError2;
      this.TypeOverrides = TypeOverrides2;
      this.escapeIdentifier = escapeIdentifier2;
      this.escapeLiteral = escapeLiteral3;
      this.Result = Result2;
      this.utils = utils;
    };
    var clientConstructor = Client2;
    var forceNative = false;
    try {
      forceNative = !!process.env.NODE_PG_FORCE_NATIVE;
    } catch {
    }
    if (forceNative) {
      clientConstructor = require_native();
    }
    module.exports = new PG(clientConstructor);
    Object.defineProperty(module.exports, "native", {
      configurable: true,
      enumerable: false,
      get() {
        let native = null;
        try {
          native = new PG(require_native());
        } catch (err) {
          if (err.code !== "MODULE_NOT_FOUND") {
            throw err;
          }
        }
        Object.defineProperty(module.exports, "native", {
          value: native
        });
        return native;
      }
    });
  }
});

// node_modules/@actions/github/node_modules/@actions/http-client/lib/proxy.js
var require_proxy = __commonJS({
  "node_modules/@actions/github/node_modules/@actions/http-client/lib/proxy.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getProxyUrl = getProxyUrl;
    exports.checkBypass = checkBypass;
    function getProxyUrl(reqUrl) {
      const usingSsl = reqUrl.protocol === "https:";
      if (checkBypass(reqUrl)) {
        return void 0;
      }
      const proxyVar = (() => {
        if (usingSsl) {
          return process.env["https_proxy"] || process.env["HTTPS_PROXY"];
        } else {
          return process.env["http_proxy"] || process.env["HTTP_PROXY"];
        }
      })();
      if (proxyVar) {
        try {
          return new DecodedURL(proxyVar);
        } catch (_a) {
          if (!proxyVar.startsWith("http://") && !proxyVar.startsWith("https://"))
            return new DecodedURL(`http://${proxyVar}`);
        }
      } else {
        return void 0;
      }
    }
    function checkBypass(reqUrl) {
      if (!reqUrl.hostname) {
        return false;
      }
      const reqHost = reqUrl.hostname;
      if (isLoopbackAddress(reqHost)) {
        return true;
      }
      const noProxy = process.env["no_proxy"] || process.env["NO_PROXY"] || "";
      if (!noProxy) {
        return false;
      }
      let reqPort;
      if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
      } else if (reqUrl.protocol === "http:") {
        reqPort = 80;
      } else if (reqUrl.protocol === "https:") {
        reqPort = 443;
      }
      const upperReqHosts = [reqUrl.hostname.toUpperCase()];
      if (typeof reqPort === "number") {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
      }
      for (const upperNoProxyItem of noProxy.split(",").map((x) => x.trim().toUpperCase()).filter((x) => x)) {
        if (upperNoProxyItem === "*" || upperReqHosts.some((x) => x === upperNoProxyItem || x.endsWith(`.${upperNoProxyItem}`) || upperNoProxyItem.startsWith(".") && x.endsWith(`${upperNoProxyItem}`))) {
          return true;
        }
      }
      return false;
    }
    function isLoopbackAddress(host) {
      const hostLower = host.toLowerCase();
      return hostLower === "localhost" || hostLower.startsWith("127.") || hostLower.startsWith("[::1]") || hostLower.startsWith("[0:0:0:0:0:0:0:1]");
    }
    var DecodedURL = class extends URL {
      constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
      }
      get username() {
        return this._decodedUsername;
      }
      get password() {
        return this._decodedPassword;
      }
    };
  }
});

// node_modules/@actions/github/node_modules/@actions/http-client/lib/index.js
var require_lib3 = __commonJS({
  "node_modules/@actions/github/node_modules/@actions/http-client/lib/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    var __awaiter2 = exports && exports.__awaiter || function(thisArg, _arguments, P, generator) {
      function adopt(value) {
        return value instanceof P ? value : new P(function(resolve2) {
          resolve2(value);
        });
      }
      return new (P || (P = Promise))(function(resolve2, reject) {
        function fulfilled(value) {
          try {
            step(generator.next(value));
          } catch (e) {
            reject(e);
          }
        }
        function rejected(value) {
          try {
            step(generator["throw"](value));
          } catch (e) {
            reject(e);
          }
        }
        function step(result) {
          result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
        }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
      });
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.HttpClient = exports.HttpClientResponse = exports.HttpClientError = exports.MediaTypes = exports.Headers = exports.HttpCodes = void 0;
    exports.getProxyUrl = getProxyUrl;
    exports.isHttps = isHttps;
    var http = __importStar(__require("http"));
    var https = __importStar(__require("https"));
    var pm = __importStar(require_proxy());
    var tunnel = __importStar(require_tunnel());
    var undici_1 = require_undici();
    var HttpCodes;
    (function(HttpCodes2) {
      HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
      HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
      HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
      HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
      HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
      HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
      HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
      HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
      HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
      HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
      HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
      HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
      HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
      HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
      HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
      HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
      HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
      HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
      HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
      HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
      HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
      HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
      HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
      HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
      HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
      HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
      HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
    })(HttpCodes || (exports.HttpCodes = HttpCodes = {}));
    var Headers;
    (function(Headers2) {
      Headers2["Accept"] = "accept";
      Headers2["ContentType"] = "content-type";
    })(Headers || (exports.Headers = Headers = {}));
    var MediaTypes;
    (function(MediaTypes2) {
      MediaTypes2["ApplicationJson"] = "application/json";
    })(MediaTypes || (exports.MediaTypes = MediaTypes = {}));
    function getProxyUrl(serverUrl) {
      const proxyUrl = pm.getProxyUrl(new URL(serverUrl));
      return proxyUrl ? proxyUrl.href : "";
    }
    var HttpRedirectCodes = [
      HttpCodes.MovedPermanently,
      HttpCodes.ResourceMoved,
      HttpCodes.SeeOther,
      HttpCodes.TemporaryRedirect,
      HttpCodes.PermanentRedirect
    ];
    var HttpResponseRetryCodes = [
      HttpCodes.BadGateway,
      HttpCodes.ServiceUnavailable,
      HttpCodes.GatewayTimeout
    ];
    var RetryableHttpVerbs = ["OPTIONS", "GET", "DELETE", "HEAD"];
    var ExponentialBackoffCeiling = 10;
    var ExponentialBackoffTimeSlice = 5;
    var HttpClientError = class _HttpClientError extends Error {
      constructor(message, statusCode) {
        super(message);
        this.name = "HttpClientError";
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, _HttpClientError.prototype);
      }
    };
    exports.HttpClientError = HttpClientError;
    var HttpClientResponse = class {
      constructor(message) {
        this.message = message;
      }
      readBody() {
        return __awaiter2(this, void 0, void 0, function* () {
          return new Promise((resolve2) => __awaiter2(this, void 0, void 0, function* () {
            let output = Buffer.alloc(0);
            this.message.on("data", (chunk) => {
              output = Buffer.concat([output, chunk]);
            });
            this.message.on("end", () => {
              resolve2(output.toString());
            });
          }));
        });
      }
      readBodyBuffer() {
        return __awaiter2(this, void 0, void 0, function* () {
          return new Promise((resolve2) => __awaiter2(this, void 0, void 0, function* () {
            const chunks = [];
            this.message.on("data", (chunk) => {
              chunks.push(chunk);
            });
            this.message.on("end", () => {
              resolve2(Buffer.concat(chunks));
            });
          }));
        });
      }
    };
    exports.HttpClientResponse = HttpClientResponse;
    function isHttps(requestUrl) {
      const parsedUrl = new URL(requestUrl);
      return parsedUrl.protocol === "https:";
    }
    var HttpClient2 = class {
      constructor(userAgent2, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent2);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
          if (requestOptions.ignoreSslError != null) {
            this._ignoreSslError = requestOptions.ignoreSslError;
          }
          this._socketTimeout = requestOptions.socketTimeout;
          if (requestOptions.allowRedirects != null) {
            this._allowRedirects = requestOptions.allowRedirects;
          }
          if (requestOptions.allowRedirectDowngrade != null) {
            this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
          }
          if (requestOptions.maxRedirects != null) {
            this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
          }
          if (requestOptions.keepAlive != null) {
            this._keepAlive = requestOptions.keepAlive;
          }
          if (requestOptions.allowRetries != null) {
            this._allowRetries = requestOptions.allowRetries;
          }
          if (requestOptions.maxRetries != null) {
            this._maxRetries = requestOptions.maxRetries;
          }
        }
      }
      options(requestUrl, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request("OPTIONS", requestUrl, null, additionalHeaders || {});
        });
      }
      get(requestUrl, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request("GET", requestUrl, null, additionalHeaders || {});
        });
      }
      del(requestUrl, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request("DELETE", requestUrl, null, additionalHeaders || {});
        });
      }
      post(requestUrl, data, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request("POST", requestUrl, data, additionalHeaders || {});
        });
      }
      patch(requestUrl, data, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request("PATCH", requestUrl, data, additionalHeaders || {});
        });
      }
      put(requestUrl, data, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request("PUT", requestUrl, data, additionalHeaders || {});
        });
      }
      head(requestUrl, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request("HEAD", requestUrl, null, additionalHeaders || {});
        });
      }
      sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter2(this, void 0, void 0, function* () {
          return this.request(verb, requestUrl, stream, additionalHeaders);
        });
      }
      /**
       * Gets a typed object from an endpoint
       * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
       */
      getJson(requestUrl_1) {
        return __awaiter2(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
          additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
          const res = yield this.get(requestUrl, additionalHeaders);
          return this._processResponse(res, this.requestOptions);
        });
      }
      postJson(requestUrl_1, obj_1) {
        return __awaiter2(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
          const data = JSON.stringify(obj, null, 2);
          additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
          additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
          const res = yield this.post(requestUrl, data, additionalHeaders);
          return this._processResponse(res, this.requestOptions);
        });
      }
      putJson(requestUrl_1, obj_1) {
        return __awaiter2(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
          const data = JSON.stringify(obj, null, 2);
          additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
          additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
          const res = yield this.put(requestUrl, data, additionalHeaders);
          return this._processResponse(res, this.requestOptions);
        });
      }
      patchJson(requestUrl_1, obj_1) {
        return __awaiter2(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
          const data = JSON.stringify(obj, null, 2);
          additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
          additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
          const res = yield this.patch(requestUrl, data, additionalHeaders);
          return this._processResponse(res, this.requestOptions);
        });
      }
      /**
       * Makes a raw http request.
       * All other methods such as get, post, patch, and request ultimately call this.
       * Prefer get, del, post and patch
       */
      request(verb, requestUrl, data, headers) {
        return __awaiter2(this, void 0, void 0, function* () {
          if (this._disposed) {
            throw new Error("Client has already been disposed.");
          }
          const parsedUrl = new URL(requestUrl);
          let info = this._prepareRequest(verb, parsedUrl, headers);
          const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb) ? this._maxRetries + 1 : 1;
          let numTries = 0;
          let response;
          do {
            response = yield this.requestRaw(info, data);
            if (response && response.message && response.message.statusCode === HttpCodes.Unauthorized) {
              let authenticationHandler;
              for (const handler2 of this.handlers) {
                if (handler2.canHandleAuthentication(response)) {
                  authenticationHandler = handler2;
                  break;
                }
              }
              if (authenticationHandler) {
                return authenticationHandler.handleAuthentication(this, info, data);
              } else {
                return response;
              }
            }
            let redirectsRemaining = this._maxRedirects;
            while (response.message.statusCode && HttpRedirectCodes.includes(response.message.statusCode) && this._allowRedirects && redirectsRemaining > 0) {
              const redirectUrl = response.message.headers["location"];
              if (!redirectUrl) {
                break;
              }
              const parsedRedirectUrl = new URL(redirectUrl);
              if (parsedUrl.protocol === "https:" && parsedUrl.protocol !== parsedRedirectUrl.protocol && !this._allowRedirectDowngrade) {
                throw new Error("Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.");
              }
              yield response.readBody();
              if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                for (const header in headers) {
                  if (header.toLowerCase() === "authorization") {
                    delete headers[header];
                  }
                }
              }
              info = this._prepareRequest(verb, parsedRedirectUrl, headers);
              response = yield this.requestRaw(info, data);
              redirectsRemaining--;
            }
            if (!response.message.statusCode || !HttpResponseRetryCodes.includes(response.message.statusCode)) {
              return response;
            }
            numTries += 1;
            if (numTries < maxTries) {
              yield response.readBody();
              yield this._performExponentialBackoff(numTries);
            }
          } while (numTries < maxTries);
          return response;
        });
      }
      /**
       * Needs to be called if keepAlive is set to true in request options.
       */
      dispose() {
        if (this._agent) {
          this._agent.destroy();
        }
        this._disposed = true;
      }
      /**
       * Raw request.
       * @param info
       * @param data
       */
      requestRaw(info, data) {
        return __awaiter2(this, void 0, void 0, function* () {
          return new Promise((resolve2, reject) => {
            function callbackForResult(err, res) {
              if (err) {
                reject(err);
              } else if (!res) {
                reject(new Error("Unknown error"));
              } else {
                resolve2(res);
              }
            }
            this.requestRawWithCallback(info, data, callbackForResult);
          });
        });
      }
      /**
       * Raw request with callback.
       * @param info
       * @param data
       * @param onResult
       */
      requestRawWithCallback(info, data, onResult) {
        if (typeof data === "string") {
          if (!info.options.headers) {
            info.options.headers = {};
          }
          info.options.headers["Content-Length"] = Buffer.byteLength(data, "utf8");
        }
        let callbackCalled = false;
        function handleResult(err, res) {
          if (!callbackCalled) {
            callbackCalled = true;
            onResult(err, res);
          }
        }
        const req = info.httpModule.request(info.options, (msg) => {
          const res = new HttpClientResponse(msg);
          handleResult(void 0, res);
        });
        let socket;
        req.on("socket", (sock) => {
          socket = sock;
        });
        req.setTimeout(this._socketTimeout || 3 * 6e4, () => {
          if (socket) {
            socket.end();
          }
          handleResult(new Error(`Request timeout: ${info.options.path}`));
        });
        req.on("error", function(err) {
          handleResult(err);
        });
        if (data && typeof data === "string") {
          req.write(data, "utf8");
        }
        if (data && typeof data !== "string") {
          data.on("close", function() {
            req.end();
          });
          data.pipe(req);
        } else {
          req.end();
        }
      }
      /**
       * Gets an http agent. This function is useful when you need an http agent that handles
       * routing through a proxy server - depending upon the url and proxy environment variables.
       * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
       */
      getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
      }
      getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = pm.getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
          return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
      }
      _prepareRequest(method, requestUrl, headers) {
        const info = {};
        info.parsedUrl = requestUrl;
        const usingSsl = info.parsedUrl.protocol === "https:";
        info.httpModule = usingSsl ? https : http;
        const defaultPort = usingSsl ? 443 : 80;
        info.options = {};
        info.options.host = info.parsedUrl.hostname;
        info.options.port = info.parsedUrl.port ? parseInt(info.parsedUrl.port) : defaultPort;
        info.options.path = (info.parsedUrl.pathname || "") + (info.parsedUrl.search || "");
        info.options.method = method;
        info.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
          info.options.headers["user-agent"] = this.userAgent;
        }
        info.options.agent = this._getAgent(info.parsedUrl);
        if (this.handlers) {
          for (const handler2 of this.handlers) {
            handler2.prepareRequest(info.options);
          }
        }
        return info;
      }
      _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
          return Object.assign({}, lowercaseKeys2(this.requestOptions.headers), lowercaseKeys2(headers || {}));
        }
        return lowercaseKeys2(headers || {});
      }
      /**
       * Gets an existing header value or returns a default.
       * Handles converting number header values to strings since HTTP headers must be strings.
       * Note: This returns string | string[] since some headers can have multiple values.
       * For headers that must always be a single string (like Content-Type), use the
       * specialized _getExistingOrDefaultContentTypeHeader method instead.
       */
      _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
          const headerValue = lowercaseKeys2(this.requestOptions.headers)[header];
          if (headerValue) {
            clientHeader = typeof headerValue === "number" ? headerValue.toString() : headerValue;
          }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== void 0) {
          return typeof additionalValue === "number" ? additionalValue.toString() : additionalValue;
        }
        if (clientHeader !== void 0) {
          return clientHeader;
        }
        return _default;
      }
      /**
       * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
       * Always returns a single string (not an array) since Content-Type should be a single value.
       * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
       * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
       * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
       */
      _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
          const headerValue = lowercaseKeys2(this.requestOptions.headers)[Headers.ContentType];
          if (headerValue) {
            if (typeof headerValue === "number") {
              clientHeader = String(headerValue);
            } else if (Array.isArray(headerValue)) {
              clientHeader = headerValue.join(", ");
            } else {
              clientHeader = headerValue;
            }
          }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        if (additionalValue !== void 0) {
          if (typeof additionalValue === "number") {
            return String(additionalValue);
          } else if (Array.isArray(additionalValue)) {
            return additionalValue.join(", ");
          } else {
            return additionalValue;
          }
        }
        if (clientHeader !== void 0) {
          return clientHeader;
        }
        return _default;
      }
      _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = pm.getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
          agent = this._proxyAgent;
        }
        if (!useProxy) {
          agent = this._agent;
        }
        if (agent) {
          return agent;
        }
        const usingSsl = parsedUrl.protocol === "https:";
        let maxSockets = 100;
        if (this.requestOptions) {
          maxSockets = this.requestOptions.maxSockets || http.globalAgent.maxSockets;
        }
        if (proxyUrl && proxyUrl.hostname) {
          const agentOptions = {
            maxSockets,
            keepAlive: this._keepAlive,
            proxy: Object.assign(Object.assign({}, (proxyUrl.username || proxyUrl.password) && {
              proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
            }), { host: proxyUrl.hostname, port: proxyUrl.port })
          };
          let tunnelAgent;
          const overHttps = proxyUrl.protocol === "https:";
          if (usingSsl) {
            tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
          } else {
            tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
          }
          agent = tunnelAgent(agentOptions);
          this._proxyAgent = agent;
        }
        if (!agent) {
          const options = { keepAlive: this._keepAlive, maxSockets };
          agent = usingSsl ? new https.Agent(options) : new http.Agent(options);
          this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
          agent.options = Object.assign(agent.options || {}, {
            rejectUnauthorized: false
          });
        }
        return agent;
      }
      _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
          proxyAgent = this._proxyAgentDispatcher;
        }
        if (proxyAgent) {
          return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === "https:";
        proxyAgent = new undici_1.ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, (proxyUrl.username || proxyUrl.password) && {
          token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString("base64")}`
        }));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
          proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
            rejectUnauthorized: false
          });
        }
        return proxyAgent;
      }
      _getUserAgentWithOrchestrationId(userAgent2) {
        const baseUserAgent = userAgent2 || "actions/http-client";
        const orchId = process.env["ACTIONS_ORCHESTRATION_ID"];
        if (orchId) {
          const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, "_");
          return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
      }
      _performExponentialBackoff(retryNumber) {
        return __awaiter2(this, void 0, void 0, function* () {
          retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
          const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
          return new Promise((resolve2) => setTimeout(() => resolve2(), ms));
        });
      }
      _processResponse(res, options) {
        return __awaiter2(this, void 0, void 0, function* () {
          return new Promise((resolve2, reject) => __awaiter2(this, void 0, void 0, function* () {
            const statusCode = res.message.statusCode || 0;
            const response = {
              statusCode,
              result: null,
              headers: {}
            };
            if (statusCode === HttpCodes.NotFound) {
              resolve2(response);
            }
            function dateTimeDeserializer(key3, value) {
              if (typeof value === "string") {
                const a = new Date(value);
                if (!isNaN(a.valueOf())) {
                  return a;
                }
              }
              return value;
            }
            let obj;
            let contents;
            try {
              contents = yield res.readBody();
              if (contents && contents.length > 0) {
                if (options && options.deserializeDates) {
                  obj = JSON.parse(contents, dateTimeDeserializer);
                } else {
                  obj = JSON.parse(contents);
                }
                response.result = obj;
              }
              response.headers = res.message.headers;
            } catch (err) {
            }
            if (statusCode > 299) {
              let msg;
              if (obj && obj.message) {
                msg = obj.message;
              } else if (contents && contents.length > 0) {
                msg = contents;
              } else {
                msg = `Failed request: (${statusCode})`;
              }
              const err = new HttpClientError(msg, statusCode);
              err.result = response.result;
              reject(err);
            } else {
              resolve2(response);
            }
          }));
        });
      }
    };
    exports.HttpClient = HttpClient2;
    var lowercaseKeys2 = (obj) => Object.keys(obj).reduce((c, k) => (c[k.toLowerCase()] = obj[k], c), {});
  }
});

// src/environment.ts
function pullRequestOf(env) {
  const pullRequest = env.run.pullRequest;
  if (pullRequest === null) {
    throw new UserError(
      env.settings.front === "cli" ? "This command needs a pull request number: pass `--pr <number>`." : "Defer and cleanup modes need a pull request number: run them on pull_request or merge_group events."
    );
  }
  return pullRequest;
}

// src/dbt/pr-environment.ts
function prDbtEnv(prSchema, pullRequest) {
  return { DBT_SLIM_CI_SCHEMA: prSchema, DBT_SLIM_CI_MODE: "defer", DBT_SLIM_CI_PR: String(pullRequest) };
}
function prSchemaName(prefix, pullRequest) {
  if (!Number.isInteger(pullRequest) || pullRequest <= 0) {
    throw new UserError(
      `Cannot name a PR schema without a pull request number (got ${pullRequest}): run defer mode on a pull_request event or pass one.`
    );
  }
  return `${prefix}_pr_${pullRequest}`;
}
async function prEnvironmentOf(env) {
  const pullRequest = pullRequestOf(env);
  const schema = prSchemaName(env.settings.schemaPrefix ?? await env.productionSchema(), pullRequest);
  return { pullRequest, schema, dbtEnv: prDbtEnv(schema, pullRequest) };
}
async function prSchemaOf(env) {
  return (await prEnvironmentOf(env)).schema;
}

// src/dbt/parse-project.ts
import path3 from "node:path";

// src/manifest/load.ts
import { constants } from "node:fs";
import { access, open, stat } from "node:fs/promises";
import path from "node:path";

// src/manifest/graph.ts
function buildGraph(members) {
  const parents = /* @__PURE__ */ new Map();
  const children = /* @__PURE__ */ new Map();
  for (const id of members.keys()) children.set(id, []);
  for (const [id, node] of members) {
    const own = [...new Set(node.dependsOnNodes)].filter((parent) => parent !== id && members.has(parent)).sort();
    parents.set(id, own);
    for (const parent of own) children.get(parent)?.push(id);
  }
  for (const list2 of children.values()) list2.sort();
  return { parents, children };
}

// src/manifest/metadata.ts
var OLDEST_READABLE_SCHEMA = 4;
var NEWEST_READABLE_SCHEMA = 12;
var SCHEMA_URL = /\/dbt\/([a-z-]+)\/v(\d+)\.json$/;
function readMetadata(file, raw) {
  const metadata = isObject(raw) ? raw : {};
  const url = metadata.dbt_schema_version;
  const match = typeof url === "string" ? SCHEMA_URL.exec(url) : null;
  if (match === null) {
    throw new ArtifactError(
      file,
      "is not a dbt manifest: metadata.dbt_schema_version is missing or not a dbt schema URL. Pass the manifest.json that `dbt parse`, `dbt compile` or `dbt build` writes to the target folder."
    );
  }
  const [, kind, versionText] = match;
  if (kind !== "manifest") {
    throw new ArtifactError(
      file,
      `is a dbt ${kind} artifact (${String(url)}), not a manifest. Pass manifest.json from the same target folder.`
    );
  }
  const schemaVersion = Number(versionText);
  if (schemaVersion < OLDEST_READABLE_SCHEMA) {
    throw new ArtifactError(
      file,
      `has manifest schema v${schemaVersion}, written by dbt 0.19\u20130.21; dbt reads v${OLDEST_READABLE_SCHEMA} and newer: regenerate it with dbt >= 1.0 (for example \`dbt parse\`).`
    );
  }
  if (schemaVersion > NEWEST_READABLE_SCHEMA) {
    throw new ArtifactError(
      file,
      `has manifest schema v${schemaVersion}, newer than the v${NEWEST_READABLE_SCHEMA} this tool reads: generate it with dbt 1.0 to 1.12, or upgrade dbt-slim-ci.`
    );
  }
  return {
    schemaVersion,
    dbtVersion: typeof metadata.dbt_version === "string" ? metadata.dbt_version : "",
    adapterType: stringOrNull(metadata.adapter_type),
    generatedAt: stringOrNull(metadata.generated_at),
    projectName: stringOrNull(metadata.project_name),
    invocationId: stringOrNull(metadata.invocation_id)
  };
}
function stringOrNull(value) {
  return typeof value === "string" ? value : null;
}

// src/manifest/normalize.ts
var EntryShapeError = class extends Error {
  name = "EntryShapeError";
};
var NODES_SECTION_TYPES = /* @__PURE__ */ new Set([
  "model",
  "seed",
  "snapshot",
  "test",
  "analysis",
  "operation",
  "sql_operation"
]);
var SECTION_TYPES = {
  sources: "source",
  exposures: "exposure",
  metrics: "metric",
  semantic_models: "semantic_model",
  saved_queries: "saved_query",
  unit_tests: "unit_test",
  functions: "function"
};
function sectionOf(resourceType) {
  for (const [section, type] of Object.entries(SECTION_TYPES)) {
    if (type === resourceType) return section;
  }
  return "nodes";
}
function resourceTypeOf(raw, section) {
  const declared = raw.resource_type;
  if (declared === void 0 && section !== null && section !== "nodes") return SECTION_TYPES[section];
  if (typeof declared !== "string") throw new EntryShapeError("has no resource_type");
  const type = declared === "rpc" ? "sql_operation" : declared;
  const expected = section === null || section === "nodes" ? void 0 : SECTION_TYPES[section];
  const known = NODES_SECTION_TYPES.has(type) || Object.values(SECTION_TYPES).includes(type);
  if (!known || expected !== void 0 && type !== expected) {
    throw new EntryShapeError(
      `has resource_type "${declared}", which this tool does not know in "${section ?? "disabled"}" (was the manifest written by a newer dbt? this tool reads manifests of dbt 1.0 to 1.12)`
    );
  }
  return type;
}
var UNREAD_FIELDS = [
  "extra_ctes",
  "refs",
  "sources",
  "metrics",
  "docs",
  "created_at",
  "build_path",
  "compiled_path"
];
var COMPILED_CODE_FIELDS = ["compiled_code", "compiled_sql"];
function unreadFields(options = {}) {
  return new Set(options.keepCompiledCode ? UNREAD_FIELDS : [...UNREAD_FIELDS, ...COMPILED_CODE_FIELDS]);
}
function normalizeNode(raw, key3, section, options = {}) {
  const node = asEntry(raw);
  const resourceType = resourceTypeOf(node, section);
  const config = object(node.config);
  const dependsOn = object(node.depends_on);
  return {
    uniqueId: string(node.unique_id, key3),
    resourceType,
    section: section ?? sectionOf(resourceType),
    name: string(node.name, ""),
    packageName: string(node.package_name, ""),
    fqn: stringList(node.fqn),
    originalFilePath: string(node.original_file_path, ""),
    path: string(node.path, ""),
    patchPath: patchPath(node.patch_path),
    enabled: resourceType === "exposure" && section === "exposures" ? true : config.enabled !== false,
    // Seeds never depend on nodes; dbt drops the field when upgrading older manifests.
    dependsOnNodes: resourceType === "seed" ? [] : stringList(dependsOn.nodes),
    dependsOnMacros: list(dependsOn.macros).map((m) => typeof m === "string" ? m : null),
    rawCode: string(node.raw_code, string(node.raw_sql, "")),
    language: stringOrNull2(node.language) ?? (typeof node.raw_sql === "string" ? "sql" : null),
    ...options.keepCompiledCode ? compiledCode(node) : {},
    config,
    unrenderedConfig: object(node.unrendered_config),
    description: string(node.description, ""),
    columns: columns(node.columns),
    tags: stringList(node.tags),
    meta: object(node.meta),
    checksum: fileHash(node.checksum),
    database: stringOrNull2(node.database),
    schema: stringOrNull2(node.schema),
    alias: stringOrNull2(node.alias),
    relationName: stringOrNull2(node.relation_name),
    contract: contract(node.contract),
    constraints: objectList(node.constraints),
    version: versionValue(node.version),
    latestVersion: versionValue(node.latest_version),
    access: string(node.access, "protected"),
    deprecationDate: stringOrNull2(node.deprecation_date),
    testMetadata: testMetadata(node.test_metadata),
    attachedNode: stringOrNull2(node.attached_node),
    columnName: stringOrNull2(node.column_name),
    extra: extraFields(resourceType, node)
  };
}
function normalizeMacro(raw, key3) {
  const macro = asEntry(raw);
  return {
    uniqueId: string(macro.unique_id, key3),
    name: string(macro.name, ""),
    packageName: string(macro.package_name, ""),
    originalFilePath: string(macro.original_file_path, ""),
    macroSql: string(macro.macro_sql, ""),
    dependsOnMacros: stringList(object(macro.depends_on).macros)
  };
}
var LEGACY_METRIC_FIELDS = [
  "model",
  "window",
  "dimensions",
  "filters",
  "calculation_method",
  "expression",
  "timestamp",
  "time_grains"
];
function extraFields(type, node) {
  switch (type) {
    case "source":
      return {
        identifier: stringOrNull2(node.identifier),
        source_name: string(node.source_name, ""),
        unrendered_database: stringOrNull2(node.unrendered_database),
        unrendered_schema: stringOrNull2(node.unrendered_schema),
        quoting: withDefaults(node.quoting, { database: null, schema: null, identifier: null, column: null }),
        freshness: freshness(node.freshness),
        loaded_at_field: stringOrNull2(node.loaded_at_field),
        external: isObject(node.external) ? withDefaults(node.external, {
          location: null,
          file_format: null,
          row_format: null,
          tbl_properties: null,
          partitions: null
        }) : null
      };
    case "exposure":
      return {
        type: stringOrNull2(node.type),
        owner: withDefaults(node.owner, { email: null, name: null }),
        maturity: stringOrNull2(node.maturity),
        url: stringOrNull2(node.url),
        label: stringOrNull2(node.label)
      };
    case "metric":
      return {
        type: stringOrNull2(node.type),
        label: stringOrNull2(node.label),
        ...Object.fromEntries(LEGACY_METRIC_FIELDS.filter((key3) => key3 in node).map((key3) => [key3, node[key3]]))
      };
    case "semantic_model":
      return {
        model: string(node.model, ""),
        defaults: isObject(node.defaults) ? withDefaults(node.defaults, { agg_time_dimension: null }) : null,
        entities: objectList(node.entities).map((e) => withDefaults(e, ENTITY_DEFAULTS)),
        dimensions: objectList(node.dimensions).map((d) => withDefaults(d, DIMENSION_DEFAULTS)),
        measures: objectList(node.measures).map((m) => withDefaults(m, MEASURE_DEFAULTS)),
        primary_entity: stringOrNull2(node.primary_entity),
        group: stringOrNull2(node.group)
      };
    case "saved_query":
      return {
        query_params: withDefaults(node.query_params, {
          metrics: [],
          group_by: [],
          where: null,
          order_by: [],
          limit: null
        }),
        exports: objectList(node.exports).map((e) => withDefaults(e, { config: {}, unrendered_config: {} })),
        group: stringOrNull2(node.group),
        label: stringOrNull2(node.label)
      };
    case "unit_test":
      return {
        checksum: stringOrNull2(node.checksum),
        model: string(node.model, ""),
        versions: node.versions ?? null
      };
    case "function":
      return {
        arguments: list(node.arguments),
        returns: node.returns ?? null,
        overloads: list(node.overloads)
      };
    default:
      return {};
  }
}
var SEMANTIC_ELEMENT_DEFAULTS = { description: null, label: null, expr: null, config: null };
var ENTITY_DEFAULTS = { ...SEMANTIC_ELEMENT_DEFAULTS, role: null };
var DIMENSION_DEFAULTS = {
  ...SEMANTIC_ELEMENT_DEFAULTS,
  is_partition: false,
  type_params: null,
  metadata: null
};
var MEASURE_DEFAULTS = {
  ...SEMANTIC_ELEMENT_DEFAULTS,
  create_metric: false,
  agg_params: null,
  non_additive_dimension: null,
  agg_time_dimension: null
};
function freshness(value) {
  if (!isObject(value)) return null;
  const time = (t) => t === null ? null : withDefaults(t ?? {}, { count: null, period: null });
  return {
    ...value,
    warn_after: time(value.warn_after),
    error_after: time(value.error_after),
    filter: value.filter ?? null
  };
}
function compiledCode(node) {
  const code2 = node.compiled_code ?? node.compiled_sql;
  return typeof code2 === "string" ? { compiledCode: code2 } : {};
}
function columns(value) {
  const result = {};
  for (const [key3, raw] of Object.entries(object(value))) {
    const column = object(raw);
    result[key3] = {
      name: string(column.name, key3),
      description: string(column.description, ""),
      dataType: stringOrNull2(column.data_type),
      constraints: objectList(column.constraints),
      ...columnTags(column)
    };
  }
  return result;
}
function columnTags(column) {
  const listed = [column.tags, object(column.config).tags].flatMap(
    (tags) => Array.isArray(tags) ? tags.filter((tag) => typeof tag === "string") : []
  );
  return listed.length > 0 ? { tags: [...new Set(listed)] } : {};
}
function fileHash(value) {
  const hash = object(value);
  return { name: string(hash.name, "none"), checksum: string(hash.checksum, "") };
}
function contract(value) {
  const c = object(value);
  return { enforced: c.enforced === true, checksum: stringOrNull2(c.checksum) };
}
function testMetadata(value) {
  if (!isObject(value)) return null;
  return {
    name: string(value.name, ""),
    namespace: stringOrNull2(value.namespace),
    kwargs: object(value.kwargs)
  };
}
function versionValue(value) {
  return typeof value === "string" || typeof value === "number" ? value : null;
}
function asEntry(raw) {
  if (!isObject(raw)) throw new EntryShapeError("is not a JSON object");
  return raw;
}
function object(value) {
  return isObject(value) ? value : {};
}
function withDefaults(value, defaults3) {
  return { ...defaults3, ...object(value) };
}
function list(value) {
  return Array.isArray(value) ? value : [];
}
function objectList(value) {
  return list(value).filter((item) => isObject(item));
}
function stringList(value) {
  return list(value).filter((v) => typeof v === "string");
}
function string(value, fallback) {
  return typeof value === "string" ? value : fallback;
}
function stringOrNull2(value) {
  return typeof value === "string" ? value : null;
}
function patchPath(value) {
  if (typeof value !== "string" || value.length === 0) return null;
  const separator = value.indexOf("://");
  return separator === -1 ? value : value.slice(separator + 3);
}

// src/manifest/assemble.ts
var ENTRY_MAPS = /* @__PURE__ */ new Set([
  "nodes",
  "sources",
  "macros",
  "exposures",
  "metrics",
  "semantic_models",
  "saved_queries",
  "unit_tests",
  "functions",
  "disabled"
]);
var ManifestAssembler = class {
  constructor(file, options = {}) {
    this.file = file;
    this.options = options;
  }
  file;
  options;
  metadata = null;
  nodes = /* @__PURE__ */ new Map();
  disabled = /* @__PURE__ */ new Map();
  macros = /* @__PURE__ */ new Map();
  firstModelPackage = null;
  addMetadata(json) {
    this.metadata = readMetadata(this.file, this.parse(json, "metadata"));
  }
  addEntry(map, key3, json) {
    const raw = this.parse(json, `${map}["${key3}"]`);
    try {
      if (map === "macros") this.macros.set(key3, normalizeMacro(raw, key3));
      else if (map === "disabled") this.addDisabled(key3, raw);
      else this.addMember(key3, normalizeNode(raw, key3, map, this.options));
    } catch (error) {
      if (error instanceof EntryShapeError) {
        throw new ArtifactError(
          this.file,
          `${map}["${key3}"] ${error.message}. Regenerate the manifest with dbt.`
        );
      }
      throw error;
    }
  }
  build() {
    if (this.metadata === null) {
      throw new ArtifactError(
        this.file,
        'is not a dbt manifest: it has no "metadata" object. Pass the manifest.json that `dbt parse`, `dbt compile` or `dbt build` writes to the target folder.'
      );
    }
    const { parents, children } = buildGraph(this.nodes);
    return {
      path: this.file,
      metadata: { ...this.metadata, projectName: this.metadata.projectName ?? this.firstModelPackage },
      nodes: this.nodes,
      disabled: this.disabled,
      macros: this.macros,
      parents,
      children
    };
  }
  /** dbt keeps a list per unique_id (one per disabled copy, v4+); the first is the one dbt reports. */
  addDisabled(key3, raw) {
    const first = Array.isArray(raw) ? raw[0] : raw;
    if (first === void 0 || this.disabled.has(key3)) return;
    this.disabled.set(key3, normalizeNode(first, key3, null, this.options));
  }
  /** Entries of the main maps with `config.enabled: false` (tests of disabled models) are not graph members. */
  addMember(key3, node) {
    if (node.resourceType === "model" && this.firstModelPackage === null)
      this.firstModelPackage = node.packageName;
    if (node.enabled) this.nodes.set(key3, node);
    else if (!this.disabled.has(key3)) this.disabled.set(key3, node);
  }
  parse(json, what) {
    try {
      return JSON.parse(json);
    } catch (error) {
      throw new ArtifactError(
        this.file,
        `${what} is not valid JSON (${error.message}). Regenerate the manifest with dbt.`
      );
    }
  }
};

// src/manifest/json-scanner.ts
var QUOTE = 34;
var BACKSLASH = 92;
var OPEN_BRACE = 123;
var CLOSE_BRACE = 125;
var OPEN_BRACKET = 91;
var CLOSE_BRACKET = 93;
var COMMA = 44;
var COLON = 58;
var JsonStructureError = class extends Error {
  constructor(message, offset, truncated) {
    super(message);
    this.offset = offset;
    this.truncated = truncated;
  }
  offset;
  truncated;
  name = "JsonStructureError";
};
var TopLevelJsonScanner = class {
  constructor(handlers) {
    this.handlers = handlers;
    this.skippedKeys = [...handlers.skippedFields ?? []].map((key3) => Buffer.from(key3, "utf8"));
  }
  handlers;
  state = "root";
  /** Absolute offset of window[0] in the input. */
  base = 0;
  pos = 0;
  topKey = "";
  entryKey = "";
  valueKind = "none";
  valueStart = 0;
  depth = 0;
  inString = false;
  stringStart = 0;
  /** Start of a short token (a key) that must be rescanned whole when the window ends inside it. */
  tokenStart = -1;
  skippedKeys;
  /** Bounds of the last string at depth 1 of the entry in progress: a key once a colon follows it. */
  lastStringStart = -1;
  lastStringEnd = -1;
  /** Where the value of a skipped field of the entry in progress starts (just after its colon), or -1. */
  skipFrom = -1;
  /** [from, to) byte ranges of skipped values of the entry in progress. */
  skips = [];
  /**
   * Scans `window` (the bytes retained by the previous call followed by new ones). Call with `eof` once the
   * input is exhausted; then the document must be complete.
   */
  scan(window, eof) {
    const len = window.length;
    if (this.base === 0 && this.pos === 0 && this.state === "root") this.skipByteOrderMark(window);
    while (this.pos < len || this.state === "done") {
      if (this.state === "done") {
        const rest = this.skipWhitespace(window, this.pos);
        if (rest < len) this.fail(`unexpected data after the end of the JSON document`, rest);
        this.pos = len;
        break;
      }
      if (!this.step(window, eof)) break;
    }
    if (eof && this.state !== "done") {
      throw new JsonStructureError(
        `the JSON ends before the document is complete (${this.describeState()})`,
        this.base + len,
        true
      );
    }
  }
  /** First byte of the current window that the next call still needs. */
  retainFrom() {
    if (this.valueKind !== "none" && (this.isCapturing() || this.valueKind === "scalar"))
      return this.valueStart;
    if (this.inString) return this.stringStart;
    if (this.tokenStart >= 0) return this.tokenStart;
    return this.pos;
  }
  /** The caller dropped the first `count` bytes of the window. */
  rebase(count2) {
    this.base += count2;
    this.pos -= count2;
    this.valueStart -= count2;
    this.stringStart -= count2;
    if (this.tokenStart >= 0) this.tokenStart -= count2;
    this.lastStringStart -= count2;
    this.lastStringEnd -= count2;
    if (this.skipFrom >= 0) this.skipFrom -= count2;
    for (let i = 0; i < this.skips.length; i++) this.skips[i] -= count2;
  }
  /** Advances through one state; false when the window is exhausted mid-token. */
  step(buf, eof) {
    const at = this.skipWhitespace(buf, this.pos);
    if (at >= buf.length && this.valueKind === "none") {
      this.pos = at;
      return false;
    }
    switch (this.state) {
      case "root":
        if (buf[at] !== OPEN_BRACE) this.fail("the document is not a JSON object", at);
        this.pos = at + 1;
        this.state = "topKey";
        return true;
      case "topKey":
      case "entryKey": {
        const top = this.state === "topKey";
        if (buf[at] === CLOSE_BRACE) {
          this.pos = at + 1;
          this.state = top ? "done" : "topComma";
          return true;
        }
        const key3 = this.readKey(buf, at);
        if (key3 === void 0) return false;
        if (top) this.topKey = key3;
        else this.entryKey = key3;
        this.state = top ? "topColon" : "entryColon";
        return true;
      }
      case "topColon":
      case "entryColon":
        if (buf[at] !== COLON) this.fail(`expected ':' after a key`, at);
        this.pos = at + 1;
        this.state = this.state === "topColon" ? "topValue" : "entryValue";
        return true;
      case "topValue":
        if (this.valueKind === "none" && this.handlers.maps.has(this.topKey) && buf[at] === OPEN_BRACE) {
          this.pos = at + 1;
          this.state = "entryKey";
          return true;
        }
        return this.scanValue(buf, at, eof);
      case "entryValue":
        return this.scanValue(buf, at, eof);
      case "topComma":
      case "entryComma": {
        const top = this.state === "topComma";
        if (buf[at] === COMMA) this.state = top ? "topKey" : "entryKey";
        else if (buf[at] === CLOSE_BRACE) this.state = top ? "done" : "topComma";
        else this.fail(`expected ',' or '}'`, at);
        this.pos = at + 1;
        return true;
      }
      case "done":
        return false;
    }
  }
  /** Scans (or resumes scanning) the value starting at `at`; emits it when complete. */
  scanValue(buf, at, eof) {
    if (this.valueKind === "none") {
      this.valueStart = at;
      const first = buf[at];
      if (first === OPEN_BRACE || first === OPEN_BRACKET) {
        this.valueKind = "container";
        this.depth = 1;
        this.pos = at + 1;
      } else if (first === QUOTE) {
        this.valueKind = "string";
        this.inString = true;
        this.stringStart = at;
        this.pos = at + 1;
      } else if (first === CLOSE_BRACE || first === CLOSE_BRACKET || first === COMMA || first === COLON) {
        this.fail("expected a value", at);
      } else {
        this.valueKind = "scalar";
        this.pos = at;
      }
    }
    const end = this.findValueEnd(buf, eof);
    if (end < 0) return false;
    this.emitValue(buf, end);
    return true;
  }
  /** Index just past the current value, or -1 when the window ends first (the scan state is kept). */
  findValueEnd(buf, eof) {
    const len = buf.length;
    if (this.valueKind === "scalar") {
      let p = this.pos;
      while (p < len) {
        const c = buf[p];
        if (c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET || c <= 32) return p;
        p++;
      }
      this.pos = p;
      return eof ? len : -1;
    }
    let pos = this.pos;
    if (this.inString) {
      const close = findClosingQuote(buf, pos, this.stringStart);
      if (close < 0) {
        this.pos = len;
        return -1;
      }
      this.inString = false;
      if (this.depth === 1) {
        this.lastStringStart = this.stringStart + 1;
        this.lastStringEnd = close;
      }
      pos = close + 1;
      if (this.valueKind === "string") return pos;
    }
    const tracking = this.skippedKeys.length > 0 && this.state === "entryValue";
    let depth2 = this.depth;
    while (pos < len) {
      const c = buf[pos++];
      if (c === QUOTE) {
        const close = findClosingQuote(buf, pos, pos - 1);
        if (close < 0) {
          this.inString = true;
          this.stringStart = pos - 1;
          this.depth = depth2;
          this.pos = len;
          return -1;
        }
        if (tracking && depth2 === 1) {
          this.lastStringStart = pos;
          this.lastStringEnd = close;
        }
        pos = close + 1;
      } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        depth2++;
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        if (--depth2 === 0) {
          if (this.skipFrom >= 0) this.endSkip(pos - 1);
          return pos;
        }
      } else if (tracking && depth2 === 1) {
        if (c === COLON && this.isSkippedKey(buf)) this.skipFrom = pos;
        else if (c === COMMA && this.skipFrom >= 0) this.endSkip(pos - 1);
      }
    }
    this.depth = depth2;
    this.pos = pos;
    return -1;
  }
  emitValue(buf, end) {
    if (this.state === "entryValue") {
      this.handlers.onEntry(this.topKey, this.entryKey, this.entryText(buf, end));
      this.skips = [];
      this.state = "entryComma";
    } else {
      if (this.handlers.values.has(this.topKey))
        this.handlers.onValue(this.topKey, buf.toString("utf8", this.valueStart, end));
      this.state = "topComma";
    }
    this.valueKind = "none";
    this.depth = 0;
    this.pos = end;
  }
  /** The entry's text with each skipped value replaced by `null`. */
  entryText(buf, end) {
    if (this.skips.length === 0) return buf.toString("utf8", this.valueStart, end);
    let text = "";
    let from = this.valueStart;
    for (let i = 0; i < this.skips.length; i += 2) {
      text += `${buf.toString("utf8", from, this.skips[i])}null`;
      from = this.skips[i + 1];
    }
    return text + buf.toString("utf8", from, end);
  }
  /** Whether the string just before the colon at depth 1 is a skipped field's key (byte loop: keys are short). */
  isSkippedKey(buf) {
    const start = this.lastStringStart;
    const length = this.lastStringEnd - start;
    for (const key3 of this.skippedKeys) {
      if (key3.length !== length || key3[0] !== buf[start]) continue;
      let i = 1;
      while (i < length && key3[i] === buf[start + i]) i++;
      if (i === length) return true;
    }
    return false;
  }
  /** The skipped value ends just before `at` (the comma or brace after it). */
  endSkip(at) {
    this.skips.push(this.skipFrom, at);
    this.skipFrom = -1;
  }
  isCapturing() {
    return this.state === "entryValue" || this.handlers.values.has(this.topKey);
  }
  /** Reads a complete key string starting at `at`, or returns undefined (and remembers where) if cut off. */
  readKey(buf, at) {
    if (buf[at] !== QUOTE) this.fail("expected a quoted key", at);
    const close = findClosingQuote(buf, at + 1, at);
    if (close < 0) {
      this.tokenStart = at;
      this.pos = at;
      return void 0;
    }
    this.tokenStart = -1;
    this.pos = close + 1;
    const raw = buf.toString("utf8", at + 1, close);
    return raw.includes("\\") ? JSON.parse(`"${raw}"`) : raw;
  }
  skipWhitespace(buf, from) {
    let p = from;
    while (p < buf.length) {
      const c = buf[p];
      if (c !== 32 && c !== 10 && c !== 13 && c !== 9) break;
      p++;
    }
    return p;
  }
  skipByteOrderMark(buf) {
    if (buf.length >= 3 && buf[0] === 239 && buf[1] === 187 && buf[2] === 191) this.pos = 3;
  }
  describeState() {
    if (this.state === "root") return "the file is empty";
    if (this.state.startsWith("entry")) return `inside "${this.topKey}" entry "${this.entryKey}"`;
    if (this.state === "topKey") return "after the last complete top-level key";
    return `inside the value of "${this.topKey}"`;
  }
  fail(message, at) {
    throw new JsonStructureError(message, this.base + at, false);
  }
};
function findClosingQuote(buf, from, open3) {
  let q = buf.indexOf(QUOTE, from);
  while (q >= 0) {
    let b = q - 1;
    while (b > open3 && buf[b] === BACKSLASH) b--;
    if ((q - 1 - b & 1) === 0) return q;
    q = buf.indexOf(QUOTE, q + 1);
  }
  return -1;
}

// src/manifest/load.ts
var DEFAULT_CHUNK_SIZE = 8 * 1024 * 1024;
var REGENERATE = "Regenerate it with `dbt parse` (or download the artifact again).";
async function resolveManifestPath(dirOrFile) {
  let isDirectory;
  try {
    isDirectory = (await stat(dirOrFile)).isDirectory();
  } catch (error) {
    throw new ArtifactError(
      dirOrFile,
      `${describeFileError(error)}. Pass the dbt target folder that holds manifest.json, or the manifest file itself.`
    );
  }
  if (!isDirectory) return dirOrFile;
  const file = path.join(dirOrFile, "manifest.json");
  try {
    await access(file, constants.R_OK);
  } catch (error) {
    throw new ArtifactError(
      file,
      `${describeFileError(error)}. Run \`dbt parse\` (or compile/build) so dbt writes it, or pass the folder that holds it.`
    );
  }
  return file;
}
async function loadManifest(file, options = {}) {
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  const assembler = new ManifestAssembler(file, { keepCompiledCode: options.keepCompiledCode });
  const scanner = new TopLevelJsonScanner({
    maps: ENTRY_MAPS,
    values: /* @__PURE__ */ new Set(["metadata"]),
    skippedFields: unreadFields(options),
    onEntry: (map, key3, json) => assembler.addEntry(map, key3, json),
    onValue: (_key, json) => assembler.addMetadata(json)
  });
  let handle;
  try {
    handle = await open(file, "r");
  } catch (error) {
    throw new ArtifactError(
      file,
      `${describeFileError(error)}. Check the path, or run \`dbt parse\` to write it.`
    );
  }
  try {
    let window = Buffer.allocUnsafe(chunkSize * 2);
    let length = 0;
    for (; ; ) {
      if (window.length - length < chunkSize) {
        const keep = scanner.retainFrom();
        window.copy(window, 0, keep, length);
        length -= keep;
        scanner.rebase(keep);
        if (window.length - length < chunkSize) window = grow(window, length, chunkSize);
      }
      const { bytesRead } = await readChunk(file, handle, window, length, chunkSize);
      length += bytesRead;
      const eof = bytesRead === 0;
      scanner.scan(window.subarray(0, length), eof);
      if (eof) break;
    }
  } catch (error) {
    if (!(error instanceof JsonStructureError)) throw error;
    throw new ArtifactError(
      file,
      error.truncated ? `is truncated: ${error.message} at byte ${error.offset}. ${REGENERATE}` : `is not valid JSON: ${error.message} at byte ${error.offset}. ${REGENERATE}`
    );
  } finally {
    await handle.close();
  }
  return assembler.build();
}
function grow(window, length, chunkSize) {
  const bigger = Buffer.allocUnsafe(Math.max(window.length * 2, length + chunkSize));
  window.copy(bigger, 0, 0, length);
  return bigger;
}
async function readChunk(file, handle, window, offset, size) {
  try {
    return await handle.read(window, offset, size, null);
  } catch (error) {
    throw new ArtifactError(file, `${describeFileError(error)}. Pass the path of a readable manifest.json.`);
  }
}
function describeFileError(error) {
  const code2 = error.code;
  if (code2 === "ENOENT") return "does not exist";
  if (code2 === "EACCES" || code2 === "EPERM") return "is not readable (permission denied)";
  if (code2 === "EISDIR") return "is a directory, not a file";
  return `cannot be read (${error.message})`;
}

// src/dbt/target-folder.ts
import { createHash } from "node:crypto";
import path2 from "node:path";
function targetFolder(workDir, dbtEnv) {
  const entries = Object.entries(dbtEnv).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  const key3 = createHash("sha256").update(JSON.stringify(entries)).digest("hex").slice(0, 12);
  return path2.join(workDir, `dbt-target-${key3}`);
}
var PARSE_FLAGS = /* @__PURE__ */ new Set(["--vars", "--profile", "--target", "--profiles-dir"]);
function parseArgsOf(args) {
  return args.filter((arg, index) => {
    const flag = arg.split("=")[0];
    return PARSE_FLAGS.has(flag) || !arg.startsWith("-") && PARSE_FLAGS.has(args[index - 1] ?? "");
  });
}

// src/dbt/parse-project.ts
async function parseProject(env, dbtEnv) {
  const targetPath = targetFolder(env.workDir, dbtEnv);
  const invocation = await env.dbt.run(["parse", ...parseArgsOf(env.settings.dbt.args)], {
    targetPath,
    env: dbtEnv
  });
  if (invocation.exitCode !== 0) {
    throw new UserError(
      `dbt parse failed (exit ${invocation.exitCode}):
${invocation.tail.slice(-15).join("\n")}`
    );
  }
  return loadManifest(path3.join(targetPath, "manifest.json"));
}

// src/production-state/store.ts
var NO_PROVENANCE = {
  source: "none",
  location: null,
  runId: null,
  runUrl: null,
  commitSha: null,
  producedAt: null,
  ageSeconds: null,
  dbtVersion: null,
  warnings: []
};
function noState(reasons) {
  return {
    dir: null,
    manifest: null,
    record: null,
    previousManifestPath: null,
    provenance: { ...NO_PROVENANCE, warnings: reasons.map((message) => ({ code: "missing", message })) }
  };
}

// src/report/lifecycle.ts
function newReport(mode, env) {
  const startedAt = env.now().toISOString();
  return {
    mode,
    status: "success",
    statusReason: null,
    invocations: [],
    startedAt,
    finishedAt: startedAt,
    durationSeconds: 0,
    context: {
      repository: env.run.repository,
      runUrl: env.run.runUrl,
      pullRequest: env.run.pullRequest,
      commitSha: env.run.commitSha
    },
    state: { ...NO_PROVENANCE, warnings: [] },
    plan: null,
    nodes: {},
    deferredRefs: [],
    clones: [],
    selfCheck: null,
    deploy: null,
    cleanup: null,
    mergePreview: null,
    errors: [],
    dryRun: env.settings?.dryRun ? { dbtCommands: [], sql: [] } : null,
    fullReportUrl: null
  };
}
function failReport(report, phase, message, hint = null) {
  report.status = "failure";
  report.statusReason ??= message.split("\n")[0];
  report.errors.push({ phase, message, hint });
  return report;
}
function cancelReport(report, phase, message) {
  report.status = "cancelled";
  report.statusReason = `${message} The run stopped during ${phase}.`;
  report.errors.push({ phase, message: `${message} The run stopped during ${phase}.`, hint: null });
  return report;
}
function skipReport(report, reason) {
  report.status = "skipped";
  report.statusReason = reason;
  return report;
}
function finishReport(report, now) {
  report.finishedAt = now.toISOString();
  report.durationSeconds = Math.max(0, (now.getTime() - Date.parse(report.startedAt)) / 1e3);
  return report;
}
function recordDryRun(report, would) {
  report.dryRun ??= { dbtCommands: [], sql: [] };
  report.dryRun.dbtCommands.push(...(would.dbt ?? []).map((args) => dbtCommandLine(args)));
  report.dryRun.sql.push(...(would.sql ?? []).map((sql) => sql.trimEnd().endsWith(";") ? sql : `${sql};`));
}
function dbtCommandLine(args) {
  return ["dbt", ...args.filter((_, i, all) => !isPlumbing(all, i))].join(" ");
}
function recordInvocation(report, invocation, results) {
  report.invocations.push({
    commandLine: dbtCommandLine(invocation.args),
    exitCode: invocation.exitCode,
    durationSeconds: invocation.durationMs / 1e3,
    results: results?.results ?? null
  });
}
function isPlumbing(args, index) {
  const flags = ["--project-dir", "--target-path", "--profiles-dir"];
  return flags.includes(args[index]) || flags.includes(args[index - 1]);
}

// src/flow/runner.ts
var ISSUES_URL = "https://github.com/dbt-slim-ci/dbt-slim-ci/issues";
async function runFlow(mode, env, body) {
  const report = newReport(mode, env);
  const releases = [];
  let current = "start";
  let committed = null;
  const stopListening = env.cancellation.onRequest((request2) => {
    env.log.warning(
      committed === null ? `${request2.message} Stopping at the end of step "${current}"; the report will say the run was cancelled.` : `${request2.message} Finishing anyway: ${committed}`
    );
  });
  const flow = {
    env,
    report,
    async step(name, run2) {
      if (committed === null) env.cancellation.throwIfRequested();
      current = name;
      env.log.debug(`step: ${name}`);
      return run2();
    },
    pointOfNoReturn(why) {
      committed = why;
    },
    skip(reason) {
      skipReport(report, reason);
    },
    onExit(release) {
      releases.push(release);
    }
  };
  try {
    await body(flow);
  } catch (error) {
    const cancelled = error instanceof CancelledError ? error : null;
    if (cancelled) cancelReport(report, current, cancelled.request.message);
    else recordFailure(env, report, current, error);
  }
  releases.unshift(() => env.dbt.close());
  for (const release of releases.reverse()) {
    try {
      await release();
    } catch (error) {
      env.log.warning(`Cleaning up after ${mode} failed: ${messageOf(error)}`);
      env.log.debug(stackOf(error));
    }
  }
  stopListening();
  return finishReport(report, env.now());
}
function recordFailure(env, report, phase, error) {
  if (error instanceof UserError) {
    failReport(report, phase, error.message, error.hint);
    return;
  }
  env.log.debug(stackOf(error));
  failReport(
    report,
    phase,
    `Internal error in dbt-slim-ci during ${phase}: ${messageOf(error)}`,
    `This is a bug in dbt-slim-ci, not in your project. Please report it at ${ISSUES_URL} with the debug log of this run (on GitHub: re-run the job with debug logging; in the CLI: set DBT_SLIM_CI_DEBUG=1).`
  );
  report.errors[report.errors.length - 1].internal = true;
}
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}
function stackOf(error) {
  return error instanceof Error ? error.stack ?? error.message : String(error);
}

// src/manifest/relations.ts
function isRelational(node) {
  if (node.resourceType !== "model" && node.resourceType !== "seed" && node.resourceType !== "snapshot")
    return false;
  return node.config.materialized !== "ephemeral" && node.schema !== null;
}
function relationOf(node) {
  if (!isRelational(node) || node.schema === null) return null;
  return {
    uniqueId: node.uniqueId,
    resourceType: node.resourceType,
    database: node.database,
    schema: node.schema,
    alias: node.alias ?? node.name,
    materialized: typeof node.config.materialized === "string" ? node.config.materialized : "view"
  };
}
function relationsOf(manifest) {
  const relations = [];
  for (const node of manifest.nodes.values()) {
    const relation = relationOf(node);
    if (relation) relations.push(relation);
  }
  return relations;
}
function schemasOf(manifest) {
  const seen = /* @__PURE__ */ new Map();
  for (const relation of relationsOf(manifest)) {
    seen.set(`${relation.database ?? ""}.${relation.schema}`, {
      database: relation.database,
      schema: relation.schema
    });
  }
  return [...seen.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, value]) => value);
}

// src/warehouse/identifier-limit.ts
var LIMITS = {
  postgres: { warehouse: "Postgres", max: 63, unit: "bytes" },
  redshift: { warehouse: "Redshift", max: 127, unit: "bytes" },
  snowflake: { warehouse: "Snowflake", max: 255, unit: "characters" },
  databricks: { warehouse: "Databricks", max: 255, unit: "characters" },
  bigquery: { warehouse: "BigQuery", max: 1024, unit: "characters" }
};
function identifierLimit(adapterType) {
  return adapterType ? LIMITS[adapterType.toLowerCase()] ?? null : null;
}
function identifierLength(name, limit) {
  return limit.unit === "bytes" ? Buffer.byteLength(name, "utf8") : [...name].length;
}
function assertNamesFit(names, adapterType, fix) {
  const limit = identifierLimit(adapterType);
  if (!limit) return;
  const tooLong = names.filter(({ name }) => identifierLength(name, limit) > limit.max);
  if (tooLong.length === 0) return;
  const list2 = tooLong.map(({ name, what }) => `\`${name}\` (${what}): ${identifierLength(name, limit)} ${limit.unit}`).join("\n");
  throw new UserError(
    `${tooLong.length === 1 ? "A name" : `${tooLong.length} names`} this run would create ${tooLong.length === 1 ? "is" : "are"} longer than ${limit.warehouse}'s limit of ${limit.max} ${limit.unit}, so ${limit.warehouse === "Postgres" ? "Postgres would cut it and it could meet another name" : "the warehouse would refuse it"}:
${list2}`,
    { hint: fix }
  );
}

// src/defer/safety.ts
async function productionNaming(env, production) {
  return production ?? parseProject(env, {});
}
function assertBuildsOutsideProduction(current, production, prSchema) {
  const productionSchemas = new Set(
    schemasOf(production).map((s) => `${s.database ?? ""}.${s.schema}`.toLowerCase())
  );
  const clash = relationsOf(current).find(
    (r) => productionSchemas.has(`${r.database ?? ""}.${r.schema}`.toLowerCase())
  );
  if (clash) {
    throw new UserError(
      `${clash.uniqueId} would be built in production schema \`${clash.schema}\`. Builds of this PR must go to \`${prSchema}\` or schemas derived from it: make the profile target's schema \`{{ env_var('DBT_SLIM_CI_SCHEMA', '<production schema>') }}\` and let generate_schema_name derive custom schemas from target.schema (README, "How dbt sees the schema").`
    );
  }
}
function derivesFromPrSchema(schema, prSchema) {
  return schema.toLowerCase().includes(prSchema.toLowerCase());
}
function assertBuildsInPrSchemas(current, building, prSchema) {
  const stray = relationsOf(current).filter(
    (r) => building.has(r.uniqueId) && !derivesFromPrSchema(r.schema, prSchema)
  );
  if (stray.length === 0) return;
  const schemas = [...new Set(stray.map((r) => r.schema))];
  throw new UserError(
    `${stray[0].uniqueId}${stray.length > 1 ? ` and ${stray.length - 1} more` : ""} would be built in ${schemas.map((s) => `\`${s}\``).join(", ")}, not in the PR schema \`${prSchema}\`: the dbt target ignores DBT_SLIM_CI_SCHEMA.`,
    {
      hint: `Make the target's schema \`{{ env_var('DBT_SLIM_CI_SCHEMA', '<production schema>') }}\` in profiles.yml and let generate_schema_name derive custom schemas from target.schema (README, "How dbt sees the schema").`
    }
  );
}
function assertPrNamesFit(current, prSchema, schemaPrefixLabel) {
  const schemas = /* @__PURE__ */ new Set([prSchema, ...schemasOf(current).map((s) => s.schema)]);
  assertNamesFit(
    [...schemas].map((name) => ({ name, what: name === prSchema ? "the PR schema" : "a schema of this PR" })),
    current.metadata.adapterType,
    `Use a shorter ${schemaPrefixLabel} (or shorter custom schema names), so every PR schema keeps its own name.`
  );
}

// src/defer/drop-schemas.ts
async function dropAll(warehouse, containers, onDropped = () => void 0) {
  const dropped = [];
  let pending = [...containers];
  let failed = [];
  while (pending.length > 0) {
    failed = [];
    for (const container of pending) {
      try {
        await warehouse.drop(container, pending);
        dropped.push(container);
        onDropped(container);
      } catch (error) {
        failed.push({ container, error: error instanceof Error ? error : new Error(String(error)) });
      }
    }
    if (failed.length === pending.length) break;
    pending = failed.map((f) => f.container);
  }
  return { dropped, failed: pending.length === 0 ? [] : failed };
}

// src/defer/pr-marks.ts
var OwnershipConflictError = class extends UserError {
  name = "OwnershipConflictError";
};
async function claimPrSchemas(env, manifest, executed) {
  const containers = prContainersOf(manifest, executed);
  if (containers.length === 0) return;
  try {
    const warehouse = await env.connectWarehouse();
    try {
      await markPrSchemas(env, warehouse, containers);
    } finally {
      await warehouse.close();
    }
    env.log.info(
      `Marked ${containers.map((c) => c.name).join(", ")} as schemas of pull request #${env.run.pullRequest}.`
    );
  } catch (error) {
    if (error instanceof OwnershipConflictError) throw error;
    env.log.warning(
      `Could not write the ownership mark on ${containers.map((c) => c.name).join(", ")}: ${error.message} Cleanup will find these schemas by name only.`
    );
  }
}
function prContainersOf(manifest, executed) {
  const seen = /* @__PURE__ */ new Map();
  for (const id of executed) {
    const node = manifest.nodes.get(id);
    const relation = node ? relationOf(node) : null;
    if (!relation) continue;
    const container = { level: "schema", database: relation.database, name: relation.schema };
    seen.set(`${relation.database ?? ""}.${relation.schema}`, container);
  }
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name));
}
async function markPrSchemas(env, warehouse, containers) {
  const owner = { role: "pr", repository: env.run.repository, pullRequest: env.run.pullRequest };
  for (const container of containers) {
    const existing = await warehouse.readMark(container);
    if (existing && (existing.role !== "pr" || existing.repository !== owner.repository || existing.pullRequest !== owner.pullRequest)) {
      throw new OwnershipConflictError(
        `Schema \`${container.name}\` belongs to ${describeOwner(existing)} (its ownership mark), not to pull request #${owner.pullRequest}: building would overwrite its relations. Give each pull request its own schema (\`schema-prefix\`, or a generate_schema_name that keeps DBT_SLIM_CI_SCHEMA).`
      );
    }
    await warehouse.markContainer(container, renewedMark(owner, existing, env.now()));
  }
}
async function markedPrSchemas(env, warehouse, databases) {
  return (await listMarks(env.log, warehouse, databases)).filter(
    ({ mark }) => mark.role === "pr" && mark.repository === env.run.repository && mark.pullRequest === env.run.pullRequest
  );
}
async function listMarks(log, warehouse, databases) {
  const found = /* @__PURE__ */ new Map();
  for (const database of /* @__PURE__ */ new Set([null, ...databases])) {
    const listed = await warehouse.listMarkedContainers(database).catch((error) => {
      log.warning(
        `Could not list the ownership marks in ${database ?? "the default database"}: ${error.message}`
      );
      return [];
    });
    for (const marked of listed)
      found.set(`${marked.container.database ?? ""}.${marked.container.name}`, marked);
  }
  return [...found.values()];
}
function describeOwner(mark) {
  return mark.role === "pr" ? `pull request #${mark.pullRequest} of ${mark.repository}` : `a deploy of ${mark.repository}`;
}

// src/defer/cleanup.ts
function runCleanup(env) {
  return runFlow("cleanup", env, async (flow) => {
    const state = await flow.step("resolve production state", () => env.resolveState());
    flow.report.state = state.provenance;
    const pr = await flow.step("name the PR schema", () => prEnvironmentOf(env));
    const current = await flow.step("parse", () => parseProject(env, pr.dbtEnv));
    const productionNamed = await flow.step("parse with production naming", () => parseProject(env, {}));
    await flow.step(
      "check the PR schemas",
      () => assertPrNamesFit(current, pr.schema, settingMention("schema-prefix", env.settings.front))
    );
    const candidates = candidateSchemas(current, pr.schema);
    const protectedSchemas = new Set(
      [...state.manifest ? schemasOf(state.manifest) : [], ...schemasOf(productionNamed)].map(
        (s) => s.schema.toLowerCase()
      )
    );
    const warehouse = await flow.step("connect to the warehouse", () => env.connectWarehouse());
    flow.onExit(() => warehouse.close());
    flow.report.cleanup = { droppedSchemas: [], keptSchemas: [] };
    const cleanup = flow.report.cleanup;
    const marked = /* @__PURE__ */ new Set();
    await flow.step("find the PR schemas by ownership mark", async () => {
      const databases = [...new Set([...candidates.values()].map((c) => c.database))];
      for (const { container } of await markedPrSchemas(env, warehouse, databases)) {
        candidates.set(candidateKey(container), container);
        marked.add(candidateKey(container));
      }
    });
    await flow.step("drop the PR schemas", async () => {
      const doomed = [];
      for (const container of [...candidates.values()].sort((a, b) => a.name.localeCompare(b.name))) {
        const schema = container.name;
        if (protectedSchemas.has(schema.toLowerCase())) {
          cleanup.keptSchemas.push({ schema, reason: "production uses it" });
        } else if (!marked.has(candidateKey(container)) && !derivesFromPrSchema(schema, pr.schema)) {
          cleanup.keptSchemas.push({
            schema,
            reason: `it is not derived from the PR schema \`${pr.schema}\` (the target ignores DBT_SLIM_CI_SCHEMA), so other runs may share it`
          });
        } else if (!await warehouse.containerExists(container)) {
          cleanup.keptSchemas.push({ schema, reason: "it does not exist" });
        } else {
          doomed.push(container);
        }
      }
      const outcome = await dropAll(warehouse, doomed, ({ name }) => {
        cleanup.droppedSchemas.push(name);
        env.log.info(`${env.settings.dryRun ? "Dry run: would drop" : "Dropped"} schema ${name}.`);
      });
      if (outcome.failed.length > 0) {
        throw new UserError(outcome.failed.map((f) => f.error.message).join("\n"));
      }
    });
    if (env.settings.dryRun) {
      const sql = warehouse.statements.filter((statement) => statement.skipped).map((statement) => statement.sql);
      recordDryRun(flow.report, { sql });
      for (const statement of sql) env.log.info(`Dry run, not running: ${statement}`);
    }
  });
}
function candidateSchemas(current, prSchema) {
  const candidates = /* @__PURE__ */ new Map();
  const add = (container) => candidates.set(candidateKey(container), container);
  for (const { database, schema } of schemasOf(current)) add({ level: "schema", database, name: schema });
  if (![...candidates.values()].some((c) => c.name === prSchema)) {
    add({ level: "schema", database: [...candidates.values()][0]?.database ?? null, name: prSchema });
  }
  return candidates;
}
function candidateKey(container) {
  return `${container.database ?? ""}.${container.name}`.toLowerCase();
}

// src/defer/flow.ts
import { readFile as readFile6 } from "node:fs/promises";
import path8 from "node:path";

// src/dbt/run-recorded.ts
import { rm } from "node:fs/promises";
import path4 from "node:path";

// src/dbt/run-results.ts
import { readFile } from "node:fs/promises";
var RUN_RESULT_STATUSES = [
  "success",
  "pass",
  "warn",
  "fail",
  "error",
  "runtime error",
  "partial success",
  "skipped",
  "no-op",
  "reused"
];
var SUPPORTED_SCHEMA_VERSIONS = [4, 5, 6];
function optionalString(value) {
  return typeof value === "string" ? value : null;
}
function optionalCount(value) {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : null;
}
function schemaVersionOf(file, metadata) {
  const url = metadata.dbt_schema_version;
  const match = typeof url === "string" ? /\/run-results\/v(\d+)\.json$/.exec(url) : null;
  if (!match) {
    throw new ArtifactError(
      file,
      `metadata.dbt_schema_version is ${JSON.stringify(url)}, not a run-results schema: pass the run_results.json that \`dbt build\` wrote to its target path.`
    );
  }
  const version = Number(match[1]);
  if (!SUPPORTED_SCHEMA_VERSIONS.includes(version)) {
    throw new ArtifactError(
      file,
      `run-results schema v${version} is not supported (supported: v${SUPPORTED_SCHEMA_VERSIONS.join(", v")}, written by dbt 1.0 and later): upgrade dbt-slim-ci or dbt.`
    );
  }
  return version;
}
function parseStatus(file, index, value) {
  const known = RUN_RESULT_STATUSES;
  if (typeof value === "string" && known.includes(value)) return value;
  throw new ArtifactError(
    file,
    `results[${index}].status is ${JSON.stringify(value)}, which dbt-slim-ci does not know (known: ${RUN_RESULT_STATUSES.join(", ")}): upgrade dbt-slim-ci.`
  );
}
function parseBatches(value) {
  if (!isObject(value)) return null;
  const succeeded = Array.isArray(value.successful) ? value.successful.length : 0;
  const failed = Array.isArray(value.failed) ? value.failed.length : 0;
  return { succeeded, failed };
}
function parseResult(file, index, value) {
  if (!isObject(value)) throw new ArtifactError(file, `results[${index}] is not an object.`);
  if (typeof value.unique_id !== "string")
    throw new ArtifactError(file, `results[${index}] has no unique_id.`);
  const adapterResponse = isObject(value.adapter_response) ? value.adapter_response : {};
  return {
    uniqueId: value.unique_id,
    status: parseStatus(file, index, value.status),
    executionTime: typeof value.execution_time === "number" ? value.execution_time : 0,
    message: optionalString(value.message),
    failures: optionalCount(value.failures),
    rowsAffected: optionalCount(adapterResponse.rows_affected),
    bytesProcessed: optionalCount(adapterResponse.bytes_processed),
    thread: optionalString(value.thread_id) ?? "",
    compiled: typeof value.compiled === "boolean" ? value.compiled : null,
    relationName: optionalString(value.relation_name) || null,
    batches: parseBatches(value.batch_results)
  };
}
function parseRunResults(file, json) {
  if (!isObject(json) || !isObject(json.metadata)) {
    throw new ArtifactError(file, "has no `metadata` object: it is not a dbt run_results.json.");
  }
  const schemaVersion = schemaVersionOf(file, json.metadata);
  if (!Array.isArray(json.results)) throw new ArtifactError(file, "has no `results` list.");
  const args = isObject(json.args) ? json.args : {};
  return {
    file,
    schemaVersion,
    dbtVersion: optionalString(json.metadata.dbt_version) ?? "unknown",
    generatedAt: optionalString(json.metadata.generated_at),
    invocationId: optionalString(json.metadata.invocation_id),
    elapsedTime: typeof json.elapsed_time === "number" ? json.elapsed_time : 0,
    command: optionalString(args.which),
    results: json.results.map((result, index) => parseResult(file, index, result))
  };
}
async function readRunResults(file) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new ArtifactError(
      file,
      `cannot be read (${error.code ?? error.message}): dbt writes it to its target path after build, run, test, seed, snapshot and clone.`
    );
  }
  let json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ArtifactError(file, `is not valid JSON (${error.message}).`);
  }
  return parseRunResults(file, json);
}

// src/dbt/run-recorded.ts
var FAILED = /* @__PURE__ */ new Set(["error", "fail", "runtime error"]);
async function runRecorded(env, report, args, dbtEnv, failure) {
  const targetPath = targetFolder(env.workDir, dbtEnv);
  if (env.settings.dryRun) {
    env.log.info(`Dry run, not running: ${env.dbt.shellLine(args, { targetPath, env: dbtEnv })}`);
    recordDryRun(report, { dbt: [args] });
    return null;
  }
  await rm(path4.join(targetPath, "run_results.json"), { force: true });
  const invocation = await env.log.group(
    `dbt ${args.join(" ")}`,
    () => env.dbt.run(args, { targetPath, env: dbtEnv })
  );
  const results = await readRunResults(path4.join(targetPath, "run_results.json")).catch(() => null);
  recordInvocation(report, invocation, results);
  env.cancellation.throwIfRequested();
  if (invocation.exitCode !== 0) {
    const failing = (results?.results ?? []).filter((r) => FAILED.has(r.status));
    const detail = failing.length > 0 ? failing.map((r) => `${r.uniqueId}: ${r.message ?? r.status}`).join("\n") : invocation.tail.slice(-10).join("\n");
    failReport(report, failure.phase, `${failure.message}:
${detail}`);
  }
  return results;
}

// src/plan/build-plan.ts
var BECAUSE_OF_LIMIT = 3;
function summarizePlan(current, state, comparison, selector, selected) {
  const changes = comparison ? [...comparison.nodes.values()].filter((c) => c.status !== "unmodified") : [];
  changes.sort((a, b) => a.uniqueId.localeCompare(b.uniqueId));
  const changed = new Set(changes.filter((c) => c.status !== "removed").map((c) => c.uniqueId));
  const selectedSet = new Set(selected);
  const because = changedAncestors(current, changed);
  const downstream = selected.filter((id) => !changed.has(id) && because.has(id)).map((id) => ({ uniqueId: id, becauseOf: because.get(id) ?? [] }));
  const lineage = /* @__PURE__ */ new Set([...changed, ...downstream.map((d) => d.uniqueId)]);
  const edges = [];
  for (const parent of [...lineage].sort()) {
    for (const child of current.children.get(parent) ?? [])
      if (lineage.has(child)) edges.push([parent, child]);
  }
  const nodes = {};
  const mention = (id) => {
    const node = current.nodes.get(id) ?? state?.nodes.get(id);
    if (node && !nodes[id]) nodes[id] = displayOf(node);
  };
  selected.forEach(mention);
  changes.forEach((change) => mention(change.uniqueId));
  return {
    plan: { selector, selected: [...selected], changes, downstream, edges, compared: comparison !== null },
    nodes,
    mergePreview: mergePreviewOf(current, state, changes, selectedSet)
  };
}
function displayOf(node) {
  return {
    name: node.version !== null && node.resourceType === "model" ? `${node.name}.v${node.version}` : node.name,
    resourceType: node.resourceType,
    materialization: typeof node.config.materialized === "string" ? node.config.materialized : null,
    packageName: node.packageName,
    relationName: node.relationName,
    originalFilePath: node.originalFilePath,
    patchPath: node.patchPath,
    ...node.resourceType === "test" ? { attachedNode: node.attachedNode, columnName: node.columnName } : {}
  };
}
function changedAncestors(manifest, changed) {
  const roots = /* @__PURE__ */ new Map();
  const queue = [];
  for (const id of [...changed].sort()) {
    for (const child of manifest.children.get(id) ?? []) {
      if (addRoot(roots, child, id)) queue.push(child);
    }
  }
  while (queue.length > 0) {
    const id = queue.shift();
    for (const child of manifest.children.get(id) ?? []) {
      let grew = false;
      for (const root of roots.get(id) ?? []) grew = addRoot(roots, child, root) || grew;
      if (grew) queue.push(child);
    }
  }
  return roots;
}
function addRoot(roots, id, root) {
  const list2 = roots.get(id) ?? [];
  if (list2.length >= BECAUSE_OF_LIMIT || list2.includes(root)) return false;
  list2.push(root);
  roots.set(id, list2);
  return true;
}
function mergePreviewOf(current, state, changes, selected) {
  const rebuild = [...selected].filter((id) => {
    const node = current.nodes.get(id);
    return node !== void 0 && isRelational(node);
  });
  const fullRefresh = [];
  const breakingContracts = [];
  const drops = [];
  for (const change of changes) {
    if (change.status === "removed") {
      const old = state?.nodes.get(change.uniqueId);
      if (old && isRelational(old) && old.relationName)
        drops.push({ uniqueId: change.uniqueId, relation: old.relationName });
      continue;
    }
    for (const reason of change.reasons) {
      if (reason.code === "contract_changed" && reason.breaking.length > 0) {
        breakingContracts.push({ uniqueId: change.uniqueId, changes: reason.breaking });
      }
    }
    const need = fullRefreshNeed(
      current.nodes.get(change.uniqueId),
      state?.nodes.get(change.uniqueId),
      change
    );
    if (need) fullRefresh.push(need);
  }
  return { rebuild, fullRefresh, breakingContracts, drops };
}
var REBUILD_KEYS = {
  unique_key: "rows already in the table were merged on the old key, so it can hold duplicates of the new one",
  partition_by: "dbt cannot change the partitioning of an existing table",
  cluster_by: "the existing table keeps its old clustering",
  incremental_strategy: "rows already in the table were written by the old strategy"
};
function fullRefreshNeed(node, old, change) {
  if (!node || !old || change.status !== "modified" || node.config.materialized !== "incremental") return null;
  if (old.config.materialized !== "incremental") return null;
  const reasons = [];
  for (const reason of change.reasons) {
    if (reason.code !== "config_changed") continue;
    for (const { key: key3 } of reason.changes) {
      if (REBUILD_KEYS[key3]) reasons.push(`its \`${key3}\` changed: ${REBUILD_KEYS[key3]}`);
    }
  }
  const columns2 = columnChange(node, old);
  if (columns2) {
    const policy = typeof node.config.on_schema_change === "string" ? node.config.on_schema_change : "ignore";
    const applied = policy === "sync_all_columns" || policy === "append_new_columns" && columns2.removed.length === 0 && columns2.retyped.length === 0;
    if (!applied) {
      reasons.push(
        policy === "fail" ? `\`on_schema_change: fail\` and its columns change (${columns2.words}): the merge build fails` : `\`on_schema_change: ${policy}\` does not apply its column change (${columns2.words}) to the existing table`
      );
    }
  }
  return reasons.length > 0 ? { uniqueId: change.uniqueId, reason: reasons.join("; ") } : null;
}
function columnChange(node, old) {
  if (!node.contract.enforced || !old.contract.enforced) return null;
  const type = (n, column) => (n.columns[column]?.dataType ?? "").toLowerCase();
  const added = Object.keys(node.columns).filter((c) => !(c in old.columns));
  const removed = Object.keys(old.columns).filter((c) => !(c in node.columns));
  const retyped = Object.keys(node.columns).filter((c) => c in old.columns && type(node, c) !== type(old, c));
  if (added.length + removed.length + retyped.length === 0) return null;
  const words = [
    ...added.length ? [`adds ${added.map((c) => `\`${c}\``).join(", ")}`] : [],
    ...removed.length ? [`removes ${removed.map((c) => `\`${c}\``).join(", ")}`] : [],
    ...retyped.length ? [`changes the type of ${retyped.map((c) => `\`${c}\``).join(", ")}`] : []
  ].join(", ");
  return { removed, retyped, words };
}

// src/deploy/moved-sources.ts
function relationKey(node) {
  if (node.schema === null) return null;
  const identifier = node.resourceType === "source" ? node.extra.identifier : node.alias;
  const name = typeof identifier === "string" && identifier !== "" ? identifier : node.name;
  return [node.database ?? "", node.schema, name].join(".").toLowerCase();
}
var quoted = (node) => node.relationName ?? `${node.schema}.${node.name}`;
function producersOfMovedSources(current, green, building) {
  const writers = /* @__PURE__ */ new Map();
  for (const node of current.nodes.values()) {
    const key3 = node.resourceType === "source" ? null : relationKey(node);
    if (key3 !== null) writers.set(key3, node);
  }
  const producers = /* @__PURE__ */ new Set();
  const queue = [...building];
  const seen = /* @__PURE__ */ new Set();
  while (queue.length > 0) {
    const id = queue.pop();
    if (seen.has(id)) continue;
    seen.add(id);
    for (const parentId of current.nodes.get(id)?.dependsOnNodes ?? []) {
      const parent = current.nodes.get(parentId);
      const twin = green.nodes.get(parentId);
      if (parent?.resourceType !== "source" || !twin) continue;
      const production = relationKey(parent);
      if (production === null || production === relationKey(twin)) continue;
      const writer = writers.get(production);
      const writerTwin = writer ? green.nodes.get(writer.uniqueId) : void 0;
      if (!writer || !writerTwin || relationKey(writerTwin) !== relationKey(twin)) {
        throw new UserError(
          `Source ${parent.uniqueId} reads ${quoted(parent)} in production but ${quoted(twin)} during the deploy's green build: its schema follows target.schema, --defer does not apply to sources, and nothing in the project builds that relation in green, so ${id} would read a relation that does not exist.`,
          {
            hint: "Give the source the schema your loader writes to (a fixed schema, not one derived from target.schema), then deploy again."
          }
        );
      }
      if (!building.has(writer.uniqueId)) {
        producers.add(writer.uniqueId);
        queue.push(writer.uniqueId);
      }
    }
  }
  return [...producers].sort();
}

// src/deploy/relation-plan.ts
var key = (relation) => `${relation.schema}.${relation.name}`;
var byKey = (a, b) => key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
function planRelationDeploy(input) {
  const existing = new Map(input.production.map((entry) => [key(entry), entry]));
  const twins = new Map(relationsOf(input.green).map((relation) => [relation.uniqueId, relation]));
  const targetOf = new Map(input.targets.map((target) => [target.production, target]));
  const moves = [];
  const copies = [];
  const alsoBuild = [];
  const building = new Set(input.selected);
  for (const node of input.current.nodes.values()) {
    const relation = relationOf(node);
    if (relation && twins.has(node.uniqueId) && !existing.has(key({ schema: relation.schema, name: relation.alias }))) {
      building.add(node.uniqueId);
    }
  }
  const sourceProducers = producersOfMovedSources(input.current, input.green, building);
  for (const id of sourceProducers) building.add(id);
  for (const node of input.current.nodes.values()) {
    const relation = relationOf(node);
    const twin = twins.get(node.uniqueId);
    if (!relation || !twin || !building.has(node.uniqueId)) continue;
    const production = { schema: relation.schema, name: relation.alias };
    const selected = input.selected.has(node.uniqueId);
    if (!selected) alsoBuild.push(node.name);
    const green = { schema: twin.schema, name: twin.alias };
    moves.push({ uniqueId: node.uniqueId, production, green, previous: previousOf(targetOf, production) });
    if (keepsHistory(node, input.fullRefresh) && existing.get(key(production))?.kind === "table") {
      copies.push({ uniqueId: node.uniqueId, from: production, to: green });
    }
  }
  const kept = [];
  for (const relation of input.deleted) {
    const production = { schema: relation.schema, name: relation.alias };
    if (!existing.has(key(production))) continue;
    if (input.deletedRelations === "report" || !targetOf.has(relation.schema)) {
      kept.push(relation);
      continue;
    }
    moves.push({
      uniqueId: relation.uniqueId,
      production,
      green: null,
      previous: previousOf(targetOf, production)
    });
  }
  const touched = new Set(moves.map((move) => move.production.schema));
  return {
    targets: input.targets.filter((target) => touched.has(target.production)),
    moves: moves.sort((a, b) => byKey(a.production, b.production)),
    copies: copies.sort((a, b) => byKey(a.from, b.from)),
    alsoBuild: alsoBuild.sort(),
    sourceProducers,
    kept
  };
}
function keepsHistory(node, fullRefresh) {
  const incremental = node.resourceType === "model" && node.config.materialized === "incremental";
  if (!incremental && node.resourceType !== "snapshot") return false;
  const own = node.config.full_refresh;
  return own === true ? false : own === false ? true : !fullRefresh;
}
function previousOf(targets, production) {
  const target = targets.get(production.schema);
  if (!target) throw new Error(`No swap target pairs production schema ${production.schema}.`);
  return { schema: target.previous, name: production.name };
}
function isFullRefresh(args) {
  return args.includes("--full-refresh") || args.includes("-f");
}

// src/deploy/merge-copies.ts
function mergeCopiesOf(current, production, selected, fullRefresh) {
  return selected.flatMap((id) => {
    const node = current.nodes.get(id);
    const old = production.nodes.get(id);
    const relation = old ? relationOf(old) : null;
    if (!node || !relation || !keepsHistory(node, fullRefresh)) return [];
    return [{ uniqueId: id, production: { schema: relation.schema, name: relation.alias } }];
  });
}
async function previewMergeCopies(env, current, production, selected) {
  if (!production) return [];
  const candidates = mergeCopiesOf(current, production, selected, isFullRefresh(env.settings.dbt.args));
  if (candidates.length === 0) return [];
  const warehouse = await env.connectWarehouse();
  try {
    const sizes = await sizesOf(warehouse, production, candidates);
    const method = warehouse.capabilities.zeroCopyClone ? "zero-copy" : "copy";
    return candidates.flatMap(({ uniqueId, production: { schema, name } }) => {
      const bytes = sizes.get(key2(schema, name));
      return bytes === void 0 ? [] : [{ uniqueId, relation: `${schema}.${name}`, bytes, method }];
    });
  } finally {
    await warehouse.close();
  }
}
var key2 = (schema, name) => `${schema}.${name}`.toLowerCase();
async function sizesOf(warehouse, production, candidates) {
  const sizes = /* @__PURE__ */ new Map();
  if (warehouse.capabilities.deployStrategy === "relation" && warehouse.relationDeploys) {
    const found = await warehouse.relationDeploys.relationSizes(candidates.map((copy) => copy.production));
    for (const [relation, bytes] of found) sizes.set(relation.toLowerCase(), bytes);
    return sizes;
  }
  if (warehouse.capabilities.deployStrategy !== "container" || !warehouse.containerDeploys) return sizes;
  const schemas = /* @__PURE__ */ new Map();
  for (const { uniqueId, production: relation } of candidates) {
    const database = production.nodes.get(uniqueId)?.database ?? null;
    schemas.set(`${database ?? ""}.${relation.schema}`, { level: "schema", database, name: relation.schema });
  }
  for (const schema of schemas.values()) {
    if (!await warehouse.containerExists(schema)) continue;
    for (const relation of await warehouse.containerDeploys.listRelations(schema)) {
      if (relation.kind === "table") sizes.set(key2(relation.schema, relation.name), relation.bytes ?? null);
    }
  }
  return sizes;
}

// src/warehouse/postgres/pg-session.ts
import { readFile as readFile2 } from "node:fs/promises";

// node_modules/pg/esm/index.mjs
var import_lib = __toESM(require_lib2(), 1);
var Client = import_lib.default.Client;
var Pool = import_lib.default.Pool;
var Connection = import_lib.default.Connection;
var types = import_lib.default.types;
var Query = import_lib.default.Query;
var DatabaseError = import_lib.default.DatabaseError;
var escapeIdentifier = import_lib.default.escapeIdentifier;
var escapeLiteral = import_lib.default.escapeLiteral;
var Result = import_lib.default.Result;
var TypeOverrides = import_lib.default.TypeOverrides;
var defaults = import_lib.default.defaults;
var esm_default = import_lib.default;

// src/warehouse/postgres/postgres-warehouse.ts
import { setTimeout as sleep } from "node:timers/promises";

// src/warehouse/postgres/lock-key.ts
import { createHash as createHash2 } from "node:crypto";
function advisoryLockKey(name) {
  return createHash2("sha256").update(name, "utf8").digest().readBigInt64BE(0);
}
function deployLockKey(database, key3) {
  return advisoryLockKey(`dbt-slim-ci:${database}:${key3}`);
}
function swapLockKey(database) {
  return advisoryLockKey(`dbt-slim-ci-swap:${database}`);
}
function lockKeyLiteral(key3) {
  return `'${key3.toString()}'::bigint`;
}
function lockKeyInPgLocks(key3) {
  const unsigned = BigInt.asUintN(64, key3);
  return { classid: (unsigned >> 32n).toString(), objid: (unsigned & 0xffffffffn).toString() };
}

// src/warehouse/postgres/catalog.ts
async function currentDatabase(client) {
  const [row3] = await client.query("SELECT current_database() AS database");
  return row3.database;
}
async function existingSchemas(client, names) {
  const rows = await client.query(
    "SELECT nspname FROM pg_namespace WHERE nspname = ANY($1::text[])",
    [names]
  );
  return new Set(rows.map((row3) => row3.nspname));
}
async function tablesToCopy(client, schema, names) {
  return client.query(
    `SELECT c.relname AS name,
            coalesce((SELECT array_agg(a.attname::text ORDER BY a.attnum) FROM pg_attribute a
                       WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''),
                     '{}') AS "insertableColumns",
            coalesce((SELECT json_agg(json_build_object('column', a.attname, 'sequenceSchema', sn.nspname,
                                                        'sequenceName', s.relname) ORDER BY a.attnum)
                        FROM pg_attribute a
                        JOIN pg_depend d ON d.refclassid = 'pg_class'::regclass AND d.refobjid = c.oid
                                        AND d.refobjsubid = a.attnum AND d.classid = 'pg_class'::regclass
                                        AND d.deptype = 'i'
                        JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'
                        JOIN pg_namespace sn ON sn.oid = s.relnamespace
                       WHERE a.attrelid = c.oid AND a.attidentity <> '' AND NOT a.attisdropped),
                     '[]') AS "identityColumns",
            c.relpersistence = 'u' AS unlogged,
            obj_description(c.oid, 'pg_class') AS comment
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relname = ANY($2::text[]) AND c.relkind IN ('r', 'p')
      ORDER BY c.relname`,
    [schema, names]
  );
}
var DEPENDENCY_EDGES = `FROM pg_depend d
       JOIN pg_class rc ON d.refclassid = 'pg_class'::regclass AND rc.oid = d.refobjid
       JOIN pg_namespace rn ON rn.oid = rc.relnamespace
       CROSS JOIN LATERAL (
             SELECT r.ev_class AS relid, 'rule' AS kind FROM pg_rewrite r
              WHERE d.classid = 'pg_rewrite'::regclass AND r.oid = d.objid
             UNION ALL
             SELECT c.conrelid, 'foreign_key' FROM pg_constraint c
              WHERE d.classid = 'pg_constraint'::regclass AND c.oid = d.objid AND c.contype = 'f'
             UNION ALL
             SELECT a.adrelid, 'column_default' FROM pg_attrdef a
              WHERE d.classid = 'pg_attrdef'::regclass AND a.oid = d.objid) dep
       JOIN pg_class dc ON dc.oid = dep.relid
       JOIN pg_namespace dn ON dn.oid = dc.relnamespace
      WHERE d.deptype = 'n' AND rc.relkind <> 'i'`;
async function dependentsOutside(client, schemas, outside) {
  return client.query(
    `SELECT DISTINCT dn.nspname AS schema, dc.relname AS name,
            CASE WHEN dep.kind = 'rule' THEN CASE dc.relkind WHEN 'm' THEN 'materialized_view' ELSE 'view' END
                 ELSE dep.kind END AS dependency,
            rn.nspname AS "referencedSchema", rc.relname AS "referencedName"
       ${DEPENDENCY_EDGES}
        AND rn.nspname = ANY($1::text[]) AND NOT dn.nspname = ANY($2::text[])
      ORDER BY 1, 2, 4, 5`,
    [schemas, outside]
  );
}
var ACL_COLUMNS = `CASE WHEN e.grantee = 0 THEN NULL ELSE pg_get_userbyid(e.grantee)::text END AS grantee,
                     e.privilege_type AS privilege, e.is_grantable AS grantable`;
function aclEntries(rows) {
  return rows.map((row3) => ({ grantee: row3.grantee, privilege: row3.privilege, grantable: row3.grantable }));
}
async function grantFacts(client, from, to) {
  const schemaAcl = await client.query(
    `SELECT ${ACL_COLUMNS} FROM pg_namespace n CROSS JOIN LATERAL aclexplode(n.nspacl) e
      WHERE n.nspname = $1 ORDER BY 1, 2`,
    [from]
  );
  const [owner] = await client.query(
    `SELECT coalesce((SELECT pg_get_userbyid(nspowner)::text FROM pg_namespace WHERE nspname = $1), current_user::text)
            AS owner`,
    [to]
  );
  const defaultRows = await client.query(
    `SELECT pg_get_userbyid(d.defaclrole)::text AS role, d.defaclobjtype::text AS "objectType", ${ACL_COLUMNS}
       FROM pg_default_acl d JOIN pg_namespace n ON n.oid = d.defaclnamespace
       CROSS JOIN LATERAL aclexplode(d.defaclacl) e
      WHERE n.nspname = $1 ORDER BY 1, 2, 3, 4`,
    [from]
  );
  const relationRows = await client.query(
    `SELECT s.relname AS name, s.relkind = 'S' AS "isSequence", pg_get_userbyid(t.relowner)::text AS "targetOwner",
            ${ACL_COLUMNS}
       FROM pg_class s JOIN pg_namespace sn ON sn.oid = s.relnamespace
       JOIN pg_class t ON t.relname = s.relname AND (t.relkind = 'S') = (s.relkind = 'S')
       JOIN pg_namespace tn ON tn.oid = t.relnamespace
       CROSS JOIN LATERAL aclexplode(s.relacl) e
      WHERE sn.nspname = $1 AND tn.nspname = $2 AND s.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
        AND t.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
      ORDER BY 1, 4, 5`,
    [from, to]
  );
  const defaultAcls = groupBy(defaultRows, (row3) => JSON.stringify([row3.role, row3.objectType])).map((rows) => ({
    role: rows[0].role,
    objectType: rows[0].objectType,
    entries: aclEntries(rows)
  }));
  const relationAcls = groupBy(relationRows, (row3) => row3.name).map((rows) => ({
    name: rows[0].name,
    isSequence: rows[0].isSequence,
    targetOwner: rows[0].targetOwner,
    entries: aclEntries(rows)
  }));
  return { schemaAcl: aclEntries(schemaAcl), targetSchemaOwner: owner.owner, defaultAcls, relationAcls };
}
function groupBy(items, keyOf3) {
  const groups = /* @__PURE__ */ new Map();
  for (const item of items) groups.set(keyOf3(item), [...groups.get(keyOf3(item)) ?? [], item]);
  return [...groups.values()];
}
async function advisoryLockHolders(client, key3) {
  const { classid, objid } = lockKeyInPgLocks(key3);
  return client.query(
    `SELECT l.pid, a.application_name AS "applicationName", a.client_addr::text AS "clientAddress",
            a.backend_start::text AS since
       FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid
      WHERE l.locktype = 'advisory' AND l.granted AND l.classid = $1::oid AND l.objid = $2::oid AND l.objsubid = 1
        AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
        AND l.pid <> pg_backend_pid()
      ORDER BY l.pid`,
    [classid, objid]
  );
}

// src/warehouse/postgres/errors.ts
var StatementError = class extends UserError {
  constructor(operation, sql, sqlState, cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    const raised = sqlState === "P0001" && sql.startsWith("DO ");
    super(
      `The ${operation} failed and was rolled back, nothing changed: ${reason}` + (raised ? "." : `${sqlState === void 0 ? "" : ` (SQLSTATE ${sqlState})`} while running: ${sql}`),
      { cause, hint: raised ? hintOf(cause) : void 0 }
    );
    this.operation = operation;
    this.sql = sql;
    this.sqlState = sqlState;
  }
  operation;
  sql;
  sqlState;
  name = "StatementError";
};
function hintOf(error) {
  const hint = error?.hint;
  return typeof hint === "string" ? hint : void 0;
}
function sqlStateOf(error) {
  const code2 = error?.code;
  return typeof code2 === "string" && /^[0-9A-Z]{5}$/.test(code2) ? code2 : void 0;
}
var DeployLockTimeoutError = class extends UserError {
  name = "DeployLockTimeoutError";
};
var PostgresConnectError = class extends UserError {
  constructor(field, place, problem, fix, cause) {
    super(
      `Cannot connect to Postgres${place.origin ? ` for ${place.origin}` : ""}: ${problem}. Fix: ${fix}`,
      {
        cause
      }
    );
    this.field = field;
  }
  field;
  name = "PostgresConnectError";
};
function connectError(error, place, stage) {
  const code2 = error?.code;
  const message = error instanceof Error ? error.message : String(error);
  const at = `${place.host}:${place.port}`;
  const fail = (field, problem, fix) => new PostgresConnectError(field, place, problem, fix, error);
  if (stage === "role") {
    return fail(
      "role",
      `\`role\` "${place.role}" cannot be used by user "${place.user}" (${message})`,
      `check \`role\` in the target, or grant it: GRANT "${place.role}" TO "${place.user}".`
    );
  }
  switch (code2) {
    case "ECONNREFUSED":
      return fail(
        "port",
        `nothing accepts connections at ${at} (connection refused)`,
        `check \`port\` and \`host\` in the target (dbt-postgres' default port is 5432), and that the server is running.`
      );
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return fail(
        "host",
        `\`host\` "${place.host}" is not a known host name`,
        "check the spelling of `host` in the target, and that this machine can resolve it (VPN, private DNS)."
      );
    case "ETIMEDOUT":
    case "EHOSTUNREACH":
    case "ENETUNREACH":
      return fail(
        "host",
        `${at} cannot be reached (${code2})`,
        "check `host` and `port` in the target, and the firewall or network between this machine and the server."
      );
    case "3D000":
      return fail(
        "dbname",
        `\`dbname\` "${place.database}" does not exist on ${at}`,
        "check `dbname` in the target (the database, not the schema), or create the database."
      );
    case "28000":
      return /role .* does not exist/.test(message) ? fail(
        "user",
        `\`user\` "${place.user}" does not exist on ${at}`,
        "check `user` in the target (usually an env_var() secret of the CI job)."
      ) : fail(
        "user",
        `the server refused user "${place.user}" (${message})`,
        "allow this user from this host in the server's pg_hba.conf, or set `sslmode: require` if it only accepts TLS."
      );
    case "28P01":
      return fail(
        "password",
        `password authentication failed for user "${place.user}"`,
        "check `password` in the target (usually an env_var() secret of the CI job)."
      );
  }
  if (/timeout/i.test(message)) {
    return fail(
      "host",
      `no answer from ${at} within ${place.connectTimeoutMs / 1e3} s`,
      "check `host` and `port` in the target and the network in between, or raise `connect_timeout` for a slow network."
    );
  }
  return fail(null, message, "check the connection fields of the target.");
}
var PostgresSessionLostError = class extends UserError {
  constructor(code2, place, cause) {
    const [why, fix] = code2 === "57P05" ? [
      "by the server after it sat idle (idle_session_timeout)",
      `turn the timeout off for this user: ALTER ROLE "${place.user}" SET idle_session_timeout = 0.`
    ] : code2 === "57P01" ? [
      "by an administrator or pg_terminate_backend()",
      "run again; if a watchdog ends long-idle sessions, exempt this user (a deploy waits for dbt)."
    ] : code2?.startsWith("57") ? ["by the server, which is shutting down or restarting", "run again once the server is back."] : [
      "by the server or the network",
      "a proxy, pooler or load balancer in between probably ends idle connections: set `keepalives_idle` (e.g. 60) in the target, or raise that idle timeout."
    ];
    super(
      `The Postgres session to ${place.host}:${place.port}/${place.database}${place.origin ? ` (${place.origin})` : ""} was closed ${why}: ${cause instanceof Error ? cause.message : String(cause)}. Fix: ${fix}`,
      { cause }
    );
    this.code = code2;
  }
  code;
  name = "PostgresSessionLostError";
};

// src/warehouse/postgres/quote.ts
var MAX_IDENTIFIER_BYTES = 63;
function quoteIdent(identifier) {
  if (identifier.length === 0) throw new UserError("An empty name cannot be used as a Postgres identifier.");
  if (identifier.includes("\0"))
    throw new UserError(`The name ${JSON.stringify(identifier)} contains a NUL byte.`);
  const bytes = Buffer.byteLength(identifier, "utf8");
  if (bytes > MAX_IDENTIFIER_BYTES) {
    throw new UserError(
      `The name "${identifier}" is ${bytes} bytes long; Postgres truncates names to ${MAX_IDENTIFIER_BYTES} bytes, so it could refer to another object. Choose a shorter schema or relation name (or a shorter green/previous suffix).`
    );
  }
  return `"${identifier.replaceAll('"', '""')}"`;
}
function qualify(schema, name) {
  return `${quoteIdent(schema)}.${quoteIdent(name)}`;
}
function quoteLiteral(value) {
  if (value.includes("\0")) throw new UserError(`The text ${JSON.stringify(value)} contains a NUL byte.`);
  const quoted2 = value.replaceAll("'", "''");
  return value.includes("\\") ? `E'${quoted2.replaceAll("\\", "\\\\")}'` : `'${quoted2}'`;
}

// src/warehouse/postgres/ledger.ts
import { gunzipSync, gzipSync } from "node:zlib";

// src/warehouse/ledger.ts
var LEDGER_SCHEMA = "dbt_slim_ci";
var LEDGER_TABLE = "deploy_ledger";

// src/warehouse/postgres/ledger.ts
var TABLE = qualify(LEDGER_SCHEMA, LEDGER_TABLE);
var KEPT = 20;
function ledgerSetupStatements() {
  return [
    `CREATE SCHEMA IF NOT EXISTS ${quoteIdent(LEDGER_SCHEMA)}`,
    `CREATE TABLE IF NOT EXISTS ${TABLE} (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  deployment text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('deploy', 'rollback', 'refresh')),
  manifest_sha256 text NOT NULL,
  manifest_gz bytea NOT NULL,
  previous_manifest_sha256 text,
  previous_manifest_gz bytea,
  commit_sha text,
  run_id bigint,
  run_url text,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  moves jsonb NOT NULL
)`
  ];
}
function ledgerWriteStatements(entry) {
  return [
    {
      sql: `INSERT INTO ${TABLE} (deployment, kind, manifest_sha256, manifest_gz, previous_manifest_sha256, previous_manifest_gz, commit_sha, run_id, run_url, moves) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb)`,
      params: [
        entry.deployment,
        entry.kind,
        entry.manifest.sha256,
        gzipSync(entry.manifest.content),
        entry.previousManifest?.sha256 ?? null,
        entry.previousManifest ? gzipSync(entry.previousManifest.content) : null,
        entry.commitSha,
        entry.runId,
        entry.runUrl,
        JSON.stringify(entry.moves)
      ]
    },
    {
      sql: `DELETE FROM ${TABLE} WHERE deployment = $1 AND id NOT IN (SELECT id FROM ${TABLE} WHERE deployment = $1 ORDER BY id DESC LIMIT ${KEPT})`,
      params: [entry.deployment]
    }
  ];
}
async function readLedger(client, deployment, limit) {
  const [exists] = await client.query("SELECT to_regclass($1) IS NOT NULL AS found", [
    TABLE
  ]);
  if (!exists.found) return [];
  const rows = await client.query(
    `SELECT * FROM ${TABLE} WHERE deployment = $1 ORDER BY id DESC LIMIT ${Math.max(1, Math.floor(limit))}`,
    [deployment]
  );
  return rows.map((row3) => ({
    id: Number(row3.id),
    deployment: row3.deployment,
    kind: row3.kind,
    manifest: { sha256: row3.manifest_sha256, content: gunzipSync(Buffer.from(row3.manifest_gz)) },
    previousManifest: row3.previous_manifest_sha256 !== null && row3.previous_manifest_gz !== null ? { sha256: row3.previous_manifest_sha256, content: gunzipSync(Buffer.from(row3.previous_manifest_gz)) } : null,
    commitSha: row3.commit_sha,
    runId: row3.run_id === null ? null : Number(row3.run_id),
    runUrl: row3.run_url,
    recordedAt: new Date(row3.recorded_at).toISOString(),
    moves: typeof row3.moves === "string" ? JSON.parse(row3.moves) : row3.moves
  }));
}

// src/warehouse/postgres/preflight.ts
var dependencyWords = {
  view: "view",
  materialized_view: "materialized view",
  foreign_key: "foreign key on",
  column_default: "column default of"
};
function dependentName(dependent) {
  return `${dependent.schema}.${dependent.name}`;
}
function referencedName(dependent) {
  return `${dependent.referencedSchema}.${dependent.referencedName}`;
}
function findingCode(dependent) {
  if (dependent.dependency === "foreign_key") return "external_foreign_key";
  return dependent.dependency === "column_default" ? "other" : "external_view_dependency";
}
function relationPreflightFindings(facts, dependencySeverity) {
  const name = (relation) => `${relation.schema}.${relation.name}`;
  return [
    ...facts.missingGreen.map((relation) => ({
      severity: "error",
      code: "other",
      object: name(relation),
      detail: `dbt did not build ${name(relation)} in green, so there is nothing to swap in for it.`,
      fix: "Check the build log: the node may be disabled or filtered out by --exclude."
    })),
    ...facts.staleReaders.map((dependent) => ({
      severity: dependencySeverity,
      code: findingCode(dependent),
      object: dependentName(dependent),
      detail: `The ${dependencyWords[dependent.dependency]} ${dependentName(dependent)} is bound to ${referencedName(dependent)} by object id and is not rebuilt by this deploy: after the swap it keeps reading the replaced version (kept in the previous schema), and the next deploy, which drops that version, refuses.`,
      fix: `Select ${dependentName(dependent)} too (state:modified+ selects every descendant), make it a model of this project, or recreate it after the deploy.`
    })),
    ...facts.previousDependents.map((dependent) => ({
      severity: "error",
      code: findingCode(dependent),
      object: dependentName(dependent),
      detail: `The ${dependencyWords[dependent.dependency]} ${dependentName(dependent)} depends on ${referencedName(dependent)}, a previous version the swap replaces (drops), so the swap refuses.`,
      fix: `Drop ${dependentName(dependent)} or recreate it on production relations, then deploy again.`
    })),
    ...facts.notOwned.map((relation) => ({
      severity: "error",
      code: "missing_privilege",
      object: name(relation),
      detail: `Moving ${name(relation)} between schemas needs ownership of it, which the deploy role lacks.`,
      fix: `Run \`ALTER TABLE ${name(relation)} OWNER TO <deploy role>\` (or make the deploy role a member of its owner).`
    }))
  ];
}

// src/warehouse/postgres/relation-catalog.ts
var KINDS = {
  r: "table",
  p: "table",
  v: "view",
  m: "materialized_view",
  f: "other"
};
var keyOf = (relation) => `${relation.schema}.${relation.name}`;
async function catalogEntries(client, schemas) {
  if (schemas.length === 0) return [];
  const rows = await client.query(
    `SELECT n.nspname AS schema, c.relname AS name, c.relkind::text AS relkind
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = ANY($1::text[]) AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND NOT c.relispartition
      ORDER BY 1, 2`,
    [schemas]
  );
  return rows.map((row3) => ({ schema: row3.schema, name: row3.name, kind: KINDS[row3.relkind] }));
}
async function existingEntries(client, relations) {
  const schemas = [...new Set(relations.map((relation) => relation.schema))];
  const wanted = new Set(relations.map(keyOf));
  const entries = await catalogEntries(client, schemas);
  return new Map(entries.filter((entry) => wanted.has(keyOf(entry))).map((entry) => [keyOf(entry), entry]));
}
async function relationSizes(client, relations) {
  if (relations.length === 0) return /* @__PURE__ */ new Map();
  const rows = await client.query(
    `SELECT n.nspname AS schema, c.relname AS name, pg_total_relation_size(c.oid)::text AS bytes
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN unnest($1::text[], $2::text[]) AS wanted(schema, name) ON wanted.schema = n.nspname AND wanted.name = c.relname`,
    [relations.map((r) => r.schema), relations.map((r) => r.name)]
  );
  return new Map(rows.map((row3) => [keyOf(row3), Number(row3.bytes)]));
}
async function relationGrants(client, relations) {
  if (relations.length === 0) return /* @__PURE__ */ new Map();
  const rows = await client.query(
    `SELECT n.nspname AS schema, c.relname AS name,
            CASE WHEN e.grantee = 0 THEN NULL ELSE pg_get_userbyid(e.grantee)::text END AS grantee,
            e.privilege_type AS privilege, e.is_grantable AS grantable
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN unnest($1::text[], $2::text[]) AS wanted(schema, name) ON wanted.schema = n.nspname AND wanted.name = c.relname
       CROSS JOIN LATERAL aclexplode(c.relacl) e
      WHERE e.grantee <> c.relowner
      ORDER BY 1, 2, 3, 4`,
    [relations.map((r) => r.schema), relations.map((r) => r.name)]
  );
  const grants2 = /* @__PURE__ */ new Map();
  for (const row3 of rows) {
    const entries = grants2.get(keyOf(row3)) ?? [];
    entries.push({ grantee: row3.grantee, privilege: row3.privilege, grantable: row3.grantable });
    grants2.set(keyOf(row3), entries);
  }
  return grants2;
}
async function relationDependents(client, relations, exemptRelations, exemptSchemas) {
  if (relations.length === 0) return [];
  const rows = await client.query(
    `SELECT DISTINCT dn.nspname AS schema, dc.relname AS name,
            CASE WHEN dep.kind = 'rule' THEN CASE dc.relkind WHEN 'm' THEN 'materialized_view' ELSE 'view' END
                 ELSE dep.kind END AS dependency,
            rn.nspname AS "referencedSchema", rc.relname AS "referencedName"
       ${DEPENDENCY_EDGES}
        AND (rn.nspname::text, rc.relname::text) IN (SELECT * FROM unnest($1::text[], $2::text[]))
        AND dc.oid <> rc.oid AND NOT dn.nspname = ANY($5::text[])
        AND NOT EXISTS (SELECT 1 FROM unnest($3::text[], $4::text[]) AS exempt(schema, name)
                         WHERE exempt.schema = dn.nspname AND exempt.name = dc.relname)
      ORDER BY 1, 2, 4, 5`,
    [
      relations.map((r) => r.schema),
      relations.map((r) => r.name),
      exemptRelations.map((r) => r.schema),
      exemptRelations.map((r) => r.name),
      exemptSchemas
    ]
  );
  return rows;
}
async function notOwnedRelations(client, relations) {
  if (relations.length === 0) return [];
  return client.query(
    `SELECT n.nspname AS schema, c.relname AS name
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN unnest($1::text[], $2::text[]) AS wanted(schema, name) ON wanted.schema = n.nspname AND wanted.name = c.relname
      WHERE NOT pg_has_role(current_user, c.relowner, 'USAGE')
      ORDER BY 1, 2`,
    [relations.map((r) => r.schema), relations.map((r) => r.name)]
  );
}

// src/warehouse/postgres/statements.ts
var LOST_DEPLOY_LOCK_SQLSTATE = "DSL01";
var EXTERNAL_DEPENDENTS_SQLSTATE = "DSD01";
var METADATA_GRACE_MS = 12e4;
var sqlOf = (statement) => typeof statement === "string" ? statement : statement.sql;
function transaction(options, body) {
  return [
    "BEGIN",
    `SET LOCAL lock_timeout = '${checkedTimeout(options.lockTimeoutMs)}ms'`,
    `SET LOCAL statement_timeout = '${options.lockTimeoutMs + METADATA_GRACE_MS}ms'`,
    `SELECT pg_advisory_xact_lock(${lockKeyLiteral(options.swapLockKey)})`,
    ...options.deployLock ? [deployLockGuard(options.deployLock)] : [],
    ...body,
    "COMMIT"
  ];
}
function deployLockGuard(lock) {
  const { classid, objid } = lockKeyInPgLocks(lock.key);
  if (!Number.isSafeInteger(lock.pid)) throw new Error(`Unexpected backend pid ${lock.pid}`);
  return `DO $guard$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) AND classid = ${classid} AND objid = ${objid} AND objsubid = 1 AND pid = ${lock.pid} AND granted) THEN RAISE EXCEPTION 'dbt-slim-ci: the deploy lock is no longer held by session %', ${lock.pid} USING ERRCODE = '${LOST_DEPLOY_LOCK_SQLSTATE}'; END IF; END $guard$`;
}
function textArray(values) {
  return `ARRAY[${values.map(quoteLiteral).join(", ")}]::text[]`;
}
function dropGuard(schemas) {
  const names = textArray(schemas);
  return `DO $guard$
DECLARE relation regclass; found text;
BEGIN
  FOR relation IN SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                   WHERE n.nspname = ANY(${names}) AND c.relkind IN ('r', 'p', 'v', 'm', 'f') ORDER BY c.oid LOOP
    EXECUTE format('LOCK TABLE %s IN ACCESS EXCLUSIVE MODE', relation);
  END LOOP;
  SELECT string_agg(DISTINCT format('%I.%I (%s on %I.%I)', dn.nspname, dc.relname,
                CASE dep.kind WHEN 'rule' THEN 'view' ELSE replace(dep.kind, '_', ' ') END, rn.nspname, rc.relname), '; ')
    INTO found
    ${DEPENDENCY_EDGES}
     AND rn.nspname = ANY(${names}) AND NOT dn.nspname = ANY(${names});
  IF found IS NOT NULL THEN
    RAISE EXCEPTION 'objects in other schemas depend on it and DROP SCHEMA ... CASCADE would drop them too: %', found
      USING ERRCODE = '${EXTERNAL_DEPENDENTS_SQLSTATE}';
  END IF;
END $guard$`;
}
function renameSchema(from, to) {
  return `ALTER SCHEMA ${quoteIdent(from)} RENAME TO ${quoteIdent(to)}`;
}
function rollbackTemporaryName(production) {
  return `dbt_slim_ci_rollback_${advisoryLockKey(production).toString(16).replace("-", "n")}`;
}
function copyTableStatements(from, to, table) {
  const source = qualify(from, table.name);
  const copy = qualify(to, table.name);
  const columns2 = table.insertableColumns.map(quoteIdent).join(", ");
  const overriding = table.identityColumns.length > 0 ? " OVERRIDING SYSTEM VALUE" : "";
  return [
    `CREATE ${table.unlogged ? "UNLOGGED " : ""}TABLE ${copy} (LIKE ${source} INCLUDING ALL)`,
    ...columns2 === "" ? [] : [`INSERT INTO ${copy} (${columns2})${overriding} SELECT ${columns2} FROM ${source}`],
    ...table.identityColumns.map(
      (identity) => `SELECT setval(pg_get_serial_sequence(${quoteLiteral(copy)}, ${quoteLiteral(identity.column)}), source.last_value, source.is_called) FROM ${qualify(identity.sequenceSchema, identity.sequenceName)} AS source`
    ),
    ...table.comment === null ? [] : [`COMMENT ON TABLE ${copy} IS ${quoteLiteral(table.comment)}`]
  ];
}
function dropSchemaStatements(schema) {
  return [dropGuard([schema]), `DROP SCHEMA ${quoteIdent(schema)} CASCADE`];
}
function dropSchemaTransaction(schema, lockTimeoutMs) {
  return [
    "BEGIN",
    `SET LOCAL lock_timeout = '${checkedTimeout(lockTimeoutMs)}ms'`,
    `SET LOCAL statement_timeout = '${lockTimeoutMs + METADATA_GRACE_MS}ms'`,
    ...dropSchemaStatements(schema),
    "COMMIT"
  ];
}
function checkedTimeout(ms) {
  if (!Number.isSafeInteger(ms) || ms < 0) {
    throw new UserError(`The swap lock timeout must be a whole number of milliseconds, got ${ms}.`);
  }
  return ms;
}
var DEFAULT_ACL_OBJECTS = {
  r: "TABLES",
  S: "SEQUENCES",
  f: "FUNCTIONS",
  T: "TYPES"
};
function privilegeKeyword(privilege) {
  if (!/^[A-Z]+( [A-Z]+)*$/.test(privilege))
    throw new Error(`Unexpected privilege name from the catalog: ${privilege}`);
  return privilege;
}
function grants(on, entries, skipGrantee) {
  const groups = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    if (entry.grantee !== null && entry.grantee === skipGrantee) continue;
    const key3 = JSON.stringify([entry.grantee, entry.grantable]);
    const group2 = groups.get(key3) ?? { grantee: entry.grantee, grantable: entry.grantable, privileges: [] };
    group2.privileges.push(privilegeKeyword(entry.privilege));
    groups.set(key3, group2);
  }
  return [...groups.values()].map((group2) => {
    const grantee = group2.grantee === null ? "PUBLIC" : quoteIdent(group2.grantee);
    return `GRANT ${group2.privileges.join(", ")} ON ${on} TO ${grantee}${group2.grantable ? " WITH GRANT OPTION" : ""}`;
  });
}
function copyGrantStatements(to, facts) {
  const schema = grants(`SCHEMA ${quoteIdent(to)}`, facts.schemaAcl, facts.targetSchemaOwner);
  const defaults3 = facts.defaultAcls.flatMap(
    (acl) => grants(DEFAULT_ACL_OBJECTS[acl.objectType], acl.entries, null).map(
      (grant) => `ALTER DEFAULT PRIVILEGES FOR ROLE ${quoteIdent(acl.role)} IN SCHEMA ${quoteIdent(to)} ${grant}`
    )
  );
  const relations = facts.relationAcls.flatMap(
    (acl) => grants(`${acl.isSequence ? "SEQUENCE" : "TABLE"} ${qualify(to, acl.name)}`, acl.entries, acl.targetOwner)
  );
  return [...schema, ...defaults3, ...relations];
}

// src/warehouse/postgres/relation-statements.ts
var KEYWORDS = {
  table: "TABLE",
  view: "VIEW",
  materialized_view: "MATERIALIZED VIEW",
  dynamic_table: "TABLE",
  other: "FOREIGN TABLE"
};
function moveRelation(relation, toSchema) {
  return `ALTER ${KEYWORDS[relation.kind]} ${qualify(relation.schema, relation.name)} SET SCHEMA ${quoteIdent(toSchema)}`;
}
function dropRelation(relation) {
  return `DROP ${KEYWORDS[relation.kind]} IF EXISTS ${qualify(relation.schema, relation.name)} CASCADE`;
}
function lockTables(relations) {
  const tables = relations.filter((relation) => relation.kind === "table");
  if (tables.length === 0) return [];
  const names = tables.map((relation) => qualify(relation.schema, relation.name)).join(", ");
  return [`LOCK TABLE ${names} IN ACCESS EXCLUSIVE MODE`];
}
var valuesOf = (relations) => relations.map((r) => `(${quoteLiteral(r.schema)}, ${quoteLiteral(r.name)})`).join(", ");
function dependentsCheck(check) {
  if (check.of.length === 0) return [];
  const exemptSchemas = check.exemptSchemas.length === 0 ? "" : `AND dn.nspname::text NOT IN (${check.exemptSchemas.map(quoteLiteral).join(", ")})`;
  return [
    `DO $dbt_slim_ci$
DECLARE found text;
BEGIN
  SELECT string_agg(DISTINCT format('%I.%I (%s on %I.%I)', dn.nspname, dc.relname, dep.kind, rn.nspname, rc.relname), '; ')
    INTO found
    FROM pg_depend d
    JOIN pg_class rc ON d.refclassid = 'pg_class'::regclass AND rc.oid = d.refobjid
    JOIN pg_namespace rn ON rn.oid = rc.relnamespace
    CROSS JOIN LATERAL (
          SELECT r.ev_class AS relid, CASE WHEN c.relkind = 'm' THEN 'materialized view' ELSE 'view' END AS kind
            FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class
           WHERE d.classid = 'pg_rewrite'::regclass AND r.oid = d.objid
          UNION ALL
          SELECT c.conrelid, 'foreign key' FROM pg_constraint c
           WHERE d.classid = 'pg_constraint'::regclass AND c.oid = d.objid AND c.contype = 'f'
          UNION ALL
          SELECT a.adrelid, 'column default' FROM pg_attrdef a
           WHERE d.classid = 'pg_attrdef'::regclass AND a.oid = d.objid) dep
    JOIN pg_class dc ON dc.oid = dep.relid
    JOIN pg_namespace dn ON dn.oid = dc.relnamespace
   WHERE d.deptype = 'n' AND dc.oid <> rc.oid
     AND (rn.nspname::text, rc.relname::text) IN (VALUES ${valuesOf(check.of)})
     ${exemptSchemas};
  IF found IS NOT NULL THEN
    RAISE EXCEPTION USING MESSAGE = ${quoteLiteral(check.message)} || found, HINT = ${quoteLiteral(check.hint)};
  END IF;
END
$dbt_slim_ci$`
  ];
}
function relationSwapStatements(facts, ledger, options) {
  const arriving = facts.arriving.filter((a) => !facts.newSchemas.some((t) => t.green === a.relation.schema));
  const previousSchemas = [.../* @__PURE__ */ new Set([...facts.createPrevious, ...facts.stale.map((r) => r.schema)])];
  const body = [
    ...facts.createPrevious.map((schema) => `CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`),
    ...lockTables([...facts.stale, ...facts.leaving.map((l) => l.relation), ...arriving.map((a) => a.relation)]),
    ...dependentsCheck({
      of: facts.stale,
      exemptSchemas: previousSchemas,
      message: "Refusing to swap: the previous production is replaced now, and these objects depend on it: ",
      hint: "Drop those objects or recreate them on production relations, then deploy again."
    }),
    ...facts.stale.map(dropRelation),
    ...facts.leaving.map((l) => moveRelation(l.relation, l.previousSchema)),
    ...arriving.flatMap((a) => grants(`TABLE ${qualify(a.relation.schema, a.relation.name)}`, a.grants, null)),
    ...arriving.map((a) => moveRelation(a.relation, a.productionSchema)),
    ...facts.newSchemas.map((target) => renameSchema(target.green, target.production)),
    // After the moves, which hold their locks until COMMIT: what depends on a replaced relation now reads it
    // in its previous schema.
    ...facts.refuseStaleReaders ? dependentsCheck({
      of: facts.leaving.map((l) => ({ schema: l.previousSchema, name: l.relation.name })),
      exemptSchemas: previousSchemas,
      message: "Refusing to swap: these objects are not rebuilt by the deploy and would keep reading the replaced relations: ",
      hint: "Select them too (state:modified+ selects every descendant), make them models of the project, or set preflight to warn."
    }) : [],
    ...ledger
  ];
  return transaction(options, body);
}
function relationRollbackStatements(exchanged, refuseStaleReaders, ledger, options) {
  const leaving = exchanged.flatMap((e) => e.inProduction ? [e.inProduction] : []);
  const previousSchemas = [...new Set(exchanged.map((e) => e.previousSchema))];
  const parking = [
    ...new Set(exchanged.filter((e) => e.inProduction && e.inPrevious).map((e) => e.productionSchema))
  ];
  const body = [
    ...previousSchemas.map((s) => `CREATE SCHEMA IF NOT EXISTS ${quoteIdent(s)}`),
    ...lockTables([...leaving, ...exchanged.flatMap((e) => e.inPrevious ? [e.inPrevious] : [])]),
    ...parking.map((schema) => `CREATE SCHEMA ${quoteIdent(rollbackTemporaryName(schema))}`),
    ...exchanged.flatMap((e) => {
      if (e.inProduction && e.inPrevious) {
        const parked = { ...e.inProduction, schema: rollbackTemporaryName(e.productionSchema) };
        return [
          moveRelation(e.inProduction, parked.schema),
          moveRelation(e.inPrevious, e.productionSchema),
          moveRelation(parked, e.previousSchema)
        ];
      }
      if (e.inProduction) return [moveRelation(e.inProduction, e.previousSchema)];
      return e.inPrevious ? [moveRelation(e.inPrevious, e.productionSchema)] : [];
    }),
    ...parking.map((schema) => `DROP SCHEMA ${quoteIdent(rollbackTemporaryName(schema))}`),
    ...refuseStaleReaders ? dependentsCheck({
      of: exchanged.flatMap(
        (e) => e.inProduction ? [{ schema: e.previousSchema, name: e.inProduction.name }] : []
      ),
      exemptSchemas: previousSchemas,
      message: "Refusing to roll back: these objects would keep reading the relations the rollback moves out: ",
      hint: "Drop or rebuild those objects, or set preflight to warn."
    }) : [],
    ...ledger
  ];
  return transaction(options, body);
}
function dropSchemasStatements(schemas, contents, what, options) {
  if (schemas.length === 0) return [];
  return transaction(options, [
    ...lockTables(contents),
    ...dependentsCheck({
      of: contents,
      exemptSchemas: schemas,
      message: `Refusing to drop ${what} ${schemas.map((s) => `"${s}"`).join(", ")}: objects in other schemas depend on it and DROP SCHEMA \u2026 CASCADE would drop them too: `,
      hint: "Drop or repoint those objects first."
    }),
    ...schemas.map((schema) => `DROP SCHEMA ${quoteIdent(schema)} CASCADE`)
  ]);
}

// src/warehouse/postgres/targets.ts
function checkSwapTargets(targets, database) {
  if (targets.length === 0) throw new UserError("Nothing to swap: no production schema was given.");
  const seen = /* @__PURE__ */ new Map();
  for (const target of targets) {
    checkContainer({ level: target.level, database: target.database, name: target.production }, database);
    for (const [role, name] of [
      ["production", target.production],
      ["green", target.green],
      ["previous", target.previous]
    ]) {
      quoteIdent(name);
      const other = seen.get(name);
      if (other !== void 0) {
        throw new UserError(
          `Schema "${name}" is used twice in one swap (${other} and ${role} of "${target.production}"); give each production schema distinct green and previous names.`
        );
      }
      seen.set(name, `${role} of "${target.production}"`);
    }
  }
}
function checkContainer(container, database) {
  if (container.level !== "schema") {
    throw new UserError(
      `Postgres cannot swap or clone a whole database ("${container.name}"); use schema-level targets.`
    );
  }
  if (container.database !== null && container.database !== database) {
    throw new UserError(
      `Schema "${container.name}" is in database "${container.database}", but the connection is to "${database}"; Postgres cannot rename schemas across databases. Point the profile target at that database.`
    );
  }
  quoteIdent(container.name);
}

// src/warehouse/postgres/relation-deploys.ts
var keyOf2 = (relation) => `${relation.schema}.${relation.name}`;
var PostgresRelationDeploys = class {
  constructor(context3) {
    this.context = context3;
  }
  context;
  relationsIn(schemas) {
    return catalogEntries(this.context.session, schemas);
  }
  relationSizes(relations) {
    return relationSizes(this.context.session, relations);
  }
  async prepareGreen(targets, copies) {
    const { session } = this.context;
    checkSwapTargets(targets, await this.context.database());
    const existing = await existingSchemas(
      session,
      targets.map((target) => target.production)
    );
    const body = [];
    for (const target of targets) {
      body.push(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(target.green)}`);
      if (existing.has(target.production)) {
        body.push(
          ...copyGrantStatements(target.green, await grantFacts(session, target.production, target.green))
        );
      }
    }
    for (const schema of [...new Set(copies.map((copy) => copy.from.schema))]) {
      const fromSchema = copies.filter((copy) => copy.from.schema === schema);
      const tables = await tablesToCopy(
        session,
        schema,
        fromSchema.map((copy) => copy.from.name)
      );
      for (const table of tables) {
        const copy = fromSchema.find((c) => c.from.name === table.name);
        if (copy.to.name !== copy.from.name) {
          throw new UserError(
            `${copy.uniqueId} has different names in production (${keyOf2(copy.from)}) and green (${keyOf2(copy.to)}): its alias must not depend on the schema.`
          );
        }
        body.push(...copyTableStatements(copy.from.schema, copy.to.schema, table));
      }
    }
    await this.context.run("green preparation", transaction(await this.context.transactionOptions(), body));
  }
  async preflight(plan2) {
    const { session } = this.context;
    const leaving = [
      ...(await existingEntries(
        session,
        plan2.moves.map((move) => move.production)
      )).values()
    ];
    const greens = plan2.moves.flatMap((move) => move.green ? [move.green] : []);
    const built = await existingEntries(session, greens);
    const stale = await catalogEntries(session, await this.previousSchemasToEmpty(plan2));
    const previousSchemas = plan2.targets.map((target) => target.previous);
    return relationPreflightFindings(
      {
        missingGreen: this.context.dryRun ? [] : greens.filter((green) => !built.has(keyOf2(green))),
        staleReaders: await relationDependents(session, leaving, leaving, previousSchemas),
        previousDependents: await relationDependents(
          session,
          stale,
          [],
          [...new Set(stale.map((r) => r.schema))]
        ),
        notOwned: await notOwnedRelations(session, [...leaving, ...built.values()])
      },
      this.context.dependencySeverity
    );
  }
  async swap(plan2, header) {
    const { session } = this.context;
    checkSwapTargets(plan2.targets, await this.context.database());
    const schemas = await existingSchemas(
      session,
      plan2.targets.flatMap((target) => [target.production, target.green])
    );
    const newSchemas = plan2.targets.filter((target) => !schemas.has(target.production));
    const leavingEntries = await existingEntries(
      session,
      plan2.moves.map((move) => move.production)
    );
    const greens = plan2.moves.flatMap((move) => move.green ? [move.green] : []);
    const arrivingEntries = await existingEntries(session, greens);
    const missing = greens.filter((green) => !arrivingEntries.has(keyOf2(green)));
    if (missing.length > 0 && !this.context.dryRun) {
      throw new UserError(
        `Cannot swap: dbt did not build ${missing.map(keyOf2).join(", ")} in green. Nothing was changed.`
      );
    }
    const predecessorGrants = await relationGrants(session, [...leavingEntries.values()]);
    const moves = plan2.moves.map((move) => ({
      uniqueId: move.uniqueId,
      production: move.production,
      previous: move.previous,
      inProduction: move.green !== null,
      inPrevious: leavingEntries.has(keyOf2(move.production))
    }));
    const statements = relationSwapStatements(
      {
        newSchemas,
        createPrevious: plan2.targets.filter((t) => schemas.has(t.production)).map((t) => t.previous),
        stale: await catalogEntries(session, await this.previousSchemasToEmpty(plan2)),
        leaving: plan2.moves.flatMap((move) => {
          const relation = leavingEntries.get(keyOf2(move.production));
          return relation ? [{ relation, previousSchema: move.previous.schema }] : [];
        }),
        arriving: plan2.moves.flatMap((move) => {
          const relation = move.green ? arrivingEntries.get(keyOf2(move.green)) : void 0;
          return relation ? [
            {
              relation,
              productionSchema: move.production.schema,
              grants: predecessorGrants.get(keyOf2(move.production)) ?? []
            }
          ] : [];
        }),
        refuseStaleReaders: this.context.dependencySeverity === "error"
      },
      this.ledgerStatements({ ...header, moves }),
      await this.context.transactionOptions()
    );
    await this.context.checkDeployLockHeld("swap");
    await this.context.run("swap", statements);
    return {
      targets: plan2.targets,
      statements: statements.map(sqlOf),
      completedAt: (/* @__PURE__ */ new Date()).toISOString(),
      moves
    };
  }
  async rollback(last, header) {
    const { session } = this.context;
    const inProduction = await existingEntries(
      session,
      last.moves.map((move) => move.production)
    );
    const inPrevious = await existingEntries(
      session,
      last.moves.map((move) => move.previous)
    );
    const lost = last.moves.filter(
      (move) => move.inPrevious && !inPrevious.has(keyOf2(move.previous)) || move.inProduction && !inProduction.has(keyOf2(move.production))
    );
    if (lost.length > 0) {
      const names = lost.map(
        (move) => move.inPrevious && !inPrevious.has(keyOf2(move.previous)) ? keyOf2(move.previous) : keyOf2(move.production)
      );
      throw new UserError(
        `Cannot roll back: the deploy ledger says ${names.join(", ")} should exist, but ${lost.length === 1 ? "it does" : "they do"} not (dropped by hand?), so a rollback would lose a relation. Nothing was changed.`
      );
    }
    const exchanged = last.moves.map((move) => ({
      inProduction: inProduction.get(keyOf2(move.production)) ?? null,
      inPrevious: inPrevious.get(keyOf2(move.previous)) ?? null,
      productionSchema: move.production.schema,
      previousSchema: move.previous.schema
    }));
    const moves = last.moves.map((move) => ({
      ...move,
      inProduction: move.inPrevious,
      inPrevious: move.inProduction
    }));
    const statements = relationRollbackStatements(
      exchanged,
      this.context.dependencySeverity === "error",
      this.ledgerStatements({ ...header, moves }),
      await this.context.transactionOptions()
    );
    await this.context.checkDeployLockHeld("rollback");
    await this.context.run("rollback", statements);
    const targets = [...new Set(last.moves.map((move) => move.production.schema))].map((production) => {
      const move = last.moves.find((m) => m.production.schema === production);
      return {
        level: "schema",
        database: null,
        production,
        green: production,
        previous: move.previous.schema
      };
    });
    return { targets, statements: statements.map(sqlOf), completedAt: (/* @__PURE__ */ new Date()).toISOString(), moves };
  }
  async record(entry) {
    await this.context.run(
      "ledger write",
      transaction(await this.context.transactionOptions(), this.ledgerStatements(entry))
    );
  }
  ledger(deployment, limit) {
    return readLedger(this.context.session, deployment, limit);
  }
  async dropSchemas(schemas, what) {
    const existing = [...await existingSchemas(this.context.session, schemas)].sort();
    if (existing.length === 0) return [];
    const contents = await catalogEntries(this.context.session, existing);
    await this.context.run(
      `${what} drop`,
      dropSchemasStatements(existing, contents, what, await this.context.transactionOptions())
    );
    return existing;
  }
  ledgerStatements(entry) {
    return [...ledgerSetupStatements(), ...ledgerWriteStatements(entry)];
  }
  /**
   * The previous schemas the swap empties: those of the schemas it touches, and those the last ledger entry put
   * versions into (else they would outlive what the ledger says previous holds).
   */
  async previousSchemasToEmpty(plan2) {
    const last = await readLedger(this.context.session, plan2.deployment, 1);
    const named = [
      ...plan2.targets.map((target) => target.previous),
      ...(last[0]?.moves ?? []).map((move) => move.previous.schema)
    ];
    return [...await existingSchemas(this.context.session, [...new Set(named)])].sort();
  }
};

// src/warehouse/postgres/ownership-marks.ts
function markSchemaStatements(schema, mark) {
  return [
    `CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`,
    `COMMENT ON SCHEMA ${quoteIdent(schema)} IS ${quoteLiteral(formatMark(mark))}`
  ];
}
async function markedSchemas(client, database, names = null) {
  const rows = await client.query(
    `SELECT n.nspname, d.description
       FROM pg_namespace n
       JOIN pg_description d ON d.objoid = n.oid AND d.classoid = 'pg_namespace'::regclass AND d.objsubid = 0
      WHERE starts_with(d.description, $1) AND ($2::text[] IS NULL OR n.nspname = ANY($2::text[]))
      ORDER BY n.nspname`,
    [MARK_PREFIX, names]
  );
  return rows.flatMap((row3) => {
    const mark = parseMark(row3.description);
    return mark ? [{ container: { level: "schema", database, name: row3.nspname }, mark }] : [];
  });
}

// src/warehouse/postgres/postgres-warehouse.ts
var POSTGRES_CAPABILITIES = {
  deployStrategy: "relation",
  zeroCopyClone: false,
  atomicMultiSchemaSwap: true,
  databaseSwap: false,
  advisoryLock: true,
  viewBinding: "object-id"
};
var PostgresWarehouse = class {
  constructor(session, options = {}) {
    this.session = session;
    this.options = options;
    this.dryRun = options.dryRun ?? false;
    this.swapLockTimeoutMs = options.swapLockTimeoutMs ?? 1e4;
    this.dependencySeverity = options.dependencySeverity ?? "error";
    this.lockPollIntervalMs = options.lockPollIntervalMs ?? 1e3;
    this.relationDeploys = new PostgresRelationDeploys({
      session,
      dryRun: this.dryRun,
      dependencySeverity: this.dependencySeverity,
      database: () => this.database(),
      transactionOptions: async () => this.transactionOptions(await this.database()),
      checkDeployLockHeld: (operation) => this.checkDeployLockHeld(operation),
      run: (operation, statements) => this.run(operation, statements)
    });
  }
  session;
  options;
  kind = "postgres";
  capabilities = POSTGRES_CAPABILITIES;
  recorded = [];
  dryRun;
  swapLockTimeoutMs;
  dependencySeverity;
  lockPollIntervalMs;
  databaseName;
  /** Dedicated deploy-lock sessions still open, closed with the warehouse if their lock was never released. */
  lockSessions = /* @__PURE__ */ new Set();
  /** The deploy lock this warehouse holds now, and the session holding it: every swap checks it is still held. */
  heldLock = null;
  relationDeploys;
  get statements() {
    return this.recorded;
  }
  quote(identifier) {
    return quoteIdent(identifier);
  }
  async containerExists(container) {
    checkContainer(container, await this.database());
    return (await existingSchemas(this.session, [container.name])).has(container.name);
  }
  async acquireDeployLock(key3, timeoutMs, options = {}) {
    const database = await this.database();
    const lockKey = deployLockKey(database, key3);
    const tryLock = `SELECT pg_try_advisory_lock(${lockKeyLiteral(lockKey)}) AS acquired`;
    const unlock = `SELECT pg_advisory_unlock(${lockKeyLiteral(lockKey)})`;
    if (this.dryRun) {
      this.record(tryLock, true, 0);
      return { release: async () => this.record(unlock, true, 0) };
    }
    const dedicated = this.options.openLockSession !== void 0;
    const session = dedicated ? await this.options.openLockSession() : this.session;
    if (dedicated) this.lockSessions.add(session);
    const closeDedicated = async () => {
      if (!dedicated) return;
      this.lockSessions.delete(session);
      await session.close();
    };
    try {
      await this.pollForLock(session, tryLock, timeoutMs, options, {
        waiting: async (waitedMs) => {
          const holders = await advisoryLockHolders(session, lockKey);
          return lockWaitMessage(key3, database, waitedMs, timeoutMs, holders);
        },
        timedOut: async () => {
          const holders = await advisoryLockHolders(session, lockKey);
          return new DeployLockTimeoutError(lockTimeoutMessage(key3, database, timeoutMs, holders));
        }
      });
      const [{ pid }] = await session.query("SELECT pg_backend_pid() AS pid");
      this.heldLock = { key: lockKey, pid, session, name: key3 };
    } catch (error) {
      await closeDedicated();
      throw error;
    }
    let released = false;
    return {
      release: async () => {
        if (released || dedicated && !this.lockSessions.has(session)) return;
        released = true;
        if (this.heldLock?.session === session) this.heldLock = null;
        const started = Date.now();
        try {
          await session.query(unlock);
          this.record(unlock, false, Date.now() - started);
        } catch {
        } finally {
          await closeDedicated();
        }
      }
    };
  }
  /**
   * Retries `tryLock` until it succeeds or `timeoutMs` has passed, then throws what `timedOut` builds; says every
   * few seconds who it is waiting for, and stops waiting when the run is cancelled.
   */
  async pollForLock(session, tryLock, timeoutMs, options, messages) {
    const start = Date.now();
    const deadline = start + timeoutMs;
    let nextReport = start + (this.options.lockWaitReportMs ?? 5e3);
    for (; ; ) {
      const started = Date.now();
      const [row3] = await session.query(tryLock);
      if (row3.acquired) {
        this.record(tryLock, false, Date.now() - started);
        return;
      }
      if (Date.now() >= deadline) throw await messages.timedOut();
      options.cancellation?.throwIfRequested();
      if (options.onWaiting && Date.now() >= nextReport) {
        options.onWaiting(await messages.waiting(Date.now() - start));
        nextReport = Date.now() + (this.options.lockWaitReportMs ?? 5e3);
      }
      await sleep(Math.min(this.lockPollIntervalMs, Math.max(0, deadline - Date.now())));
    }
  }
  /**
   * Fails with what to do unless the deploy lock taken by this warehouse is still held by its session (the
   * session answers, and the catalog shows it holding the lock). The swap transaction checks again inside.
   */
  async checkDeployLockHeld(operation) {
    const held = this.heldLock;
    if (held === null || this.dryRun) return;
    const { classid, objid } = lockKeyInPgLocks(held.key);
    const rows = await held.session.query(
      `SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND classid = $1::oid AND objid = $2::oid AND objsubid = 1 AND pid = pg_backend_pid() AND granted`,
      [classid, objid]
    ).catch(() => []);
    if (rows.length === 0) throw lostLockError(operation, held.name, held.pid);
  }
  async drop(container, alongWith = []) {
    checkContainer(container, await this.database());
    if (!(await existingSchemas(this.session, [container.name])).has(container.name)) return;
    await this.refuseExternalDependents(
      "drop",
      [container.name],
      alongWith.map((other) => other.name)
    );
    await this.run("drop", dropSchemaTransaction(container.name, this.swapLockTimeoutMs));
  }
  async markContainer(container, mark) {
    checkContainer(container, await this.database());
    await this.run("mark", markSchemaStatements(container.name, mark));
  }
  async listMarkedContainers(database) {
    checkContainer({ level: "schema", database, name: "marks" }, await this.database());
    return markedSchemas(this.session, await this.database());
  }
  async readMark(container) {
    checkContainer(container, await this.database());
    const [found] = await markedSchemas(this.session, await this.database(), [container.name]);
    return found?.mark ?? null;
  }
  /** In a READ ONLY transaction with a local statement_timeout: the query can change nothing, and stops in time. */
  async readQuery(sql, options) {
    const timeoutMs = Math.max(1, Math.ceil(options.timeoutMs));
    await this.session.query("BEGIN READ ONLY");
    try {
      await this.session.query(`SET LOCAL statement_timeout = ${timeoutMs}`);
      const rows = await this.session.query(sql);
      await this.session.query("COMMIT");
      return rows;
    } catch (error) {
      await this.session.query("ROLLBACK").catch(() => void 0);
      if (sqlStateOf(error) === "57014") throw new StatementTimeoutError(timeoutMs);
      throw error;
    }
  }
  async close() {
    await Promise.all([...this.lockSessions].map((session) => session.close()));
    this.lockSessions.clear();
    await this.session.close();
  }
  async database() {
    this.databaseName ??= await currentDatabase(this.session);
    return this.databaseName;
  }
  transactionOptions(database) {
    const held = this.heldLock;
    return {
      lockTimeoutMs: this.swapLockTimeoutMs,
      swapLockKey: swapLockKey(database),
      deployLock: held && { key: held.key, pid: held.pid }
    };
  }
  /** DROP SCHEMA … CASCADE would silently take objects in other schemas with it: refuse and name them. */
  async refuseExternalDependents(operation, schemas, alsoGoing = []) {
    const dependents = await dependentsOutside(this.session, schemas, [...schemas, ...alsoGoing]);
    if (dependents.length === 0) return;
    throw new UserError(
      `Refusing to ${operation} ${schemas.map((schema) => `"${schema}"`).join(", ")}: objects in other schemas depend on it and DROP SCHEMA \u2026 CASCADE would drop them too: ${dependents.map(describeDependent).join("; ")}. Drop or repoint those objects first.`
    );
  }
  /** Runs statements in order; a failure inside BEGIN … COMMIT rolls the transaction back and names the statement. */
  async run(operation, statements) {
    let inTransaction = false;
    for (const statement of statements) {
      const sql = sqlOf(statement);
      if (this.dryRun) {
        this.record(sql, true, 0);
        continue;
      }
      const started = Date.now();
      try {
        await this.session.query(sql, typeof statement === "string" ? void 0 : statement.params);
      } catch (error) {
        if (sql === "COMMIT" && connectionLost(sqlStateOf(error))) {
          throw new UserError(
            `The ${operation} lost its connection while committing, so it may or may not have been applied: ${error instanceof Error ? error.message : String(error)}. Check the schemas before retrying.`,
            { cause: error }
          );
        }
        if (inTransaction) await this.rollbackQuietly();
        throw guardError(operation, sqlStateOf(error), error, this.heldLock) ?? new StatementError(operation, sql, sqlStateOf(error), error);
      }
      this.record(sql, false, Date.now() - started);
      if (sql === "BEGIN") inTransaction = true;
      if (sql === "COMMIT") inTransaction = false;
    }
  }
  /** The server rolls back on its own when the connection is gone, so a failed ROLLBACK changes nothing. */
  async rollbackQuietly() {
    const started = Date.now();
    try {
      await this.session.query("ROLLBACK");
      this.record("ROLLBACK", false, Date.now() - started);
    } catch {
      return;
    }
  }
  record(sql, skipped, durationMs) {
    this.recorded.push({ sql, skipped, durationMs });
  }
};
function guardError(operation, sqlState, error, held) {
  const message = error instanceof Error ? error.message : String(error);
  if (sqlState === LOST_DEPLOY_LOCK_SQLSTATE)
    return lostLockError(operation, held?.name ?? "deploy", held?.pid ?? 0);
  if (sqlState === EXTERNAL_DEPENDENTS_SQLSTATE) {
    return new UserError(
      `Refusing to ${operation}: ${message}. Nothing was changed. Drop or repoint those objects first.`,
      { cause: error }
    );
  }
  return null;
}
function lostLockError(operation, name, pid) {
  return new UserError(
    `The deploy lock "${name}" was lost before the ${operation}: its session (pid ${pid}) ended, terminated or disconnected, so another deploy may have started. Nothing was moved. Re-run the deploy once no other deploy is running.`
  );
}
function describeDependent(dependent) {
  return `${dependent.schema}.${dependent.name} (${dependent.dependency.replace("_", " ")} on ${dependent.referencedSchema}.${dependent.referencedName})`;
}
function lockWaitMessage(key3, database, waitedMs, timeoutMs, holders) {
  const holder = holders.length === 0 ? "held by a session not visible to this role" : holders.map((h) => `held by pid ${h.pid}${h.applicationName ? ` ("${h.applicationName}")` : ""}`).join("; ");
  return `Waiting for the deploy lock "${key3}" on database "${database}" (${holder}): ${Math.round(waitedMs / 1e3)} s of ${Math.round(timeoutMs / 1e3)} s.`;
}
function lockTimeoutMessage(key3, database, timeoutMs, holders) {
  const holder = holders.length === 0 ? "the holding session is not visible to this role" : holders.map(
    (h) => `held by pid ${h.pid}` + (h.applicationName ? `, application_name "${h.applicationName}"` : "") + (h.clientAddress ? `, client ${h.clientAddress}` : "") + (h.since ? `, connected since ${h.since}` : "")
  ).join("; ");
  const advice = holders.length === 0 ? "Wait for that deploy to finish, or raise the lock timeout." : `Wait for that deploy to finish, or raise the lock timeout; if no deploy is running, end the session with SELECT pg_terminate_backend(${holders[0].pid}).`;
  return `Another deploy holds the deploy lock "${key3}" on database "${database}" (${holder}); waited ${timeoutMs} ms. ${advice}`;
}
function connectionLost(sqlState) {
  return sqlState === void 0 || sqlState.startsWith("57") || sqlState.startsWith("08");
}

// src/warehouse/postgres/pg-session.ts
async function tlsOptions(connection) {
  if (connection.sslMode === "disable") return false;
  const read = (file) => file === null ? void 0 : readFile2(file, "utf8");
  const [ca, cert, key3] = await Promise.all([
    read(connection.sslRootCert),
    read(connection.sslCert),
    read(connection.sslKey)
  ]);
  const verify = connection.sslMode === "verify-ca" || connection.sslMode === "verify-full";
  return {
    rejectUnauthorized: verify,
    ...ca === void 0 ? {} : { ca },
    ...cert === void 0 ? {} : { cert },
    ...key3 === void 0 ? {} : { key: key3 },
    // verify-ca checks the chain but not that the certificate names the host.
    ...connection.sslMode === "verify-ca" ? { checkServerIdentity: () => void 0 } : {}
  };
}
function pgSqlClient(client, place, lost = () => void 0) {
  return {
    async query(sql, params) {
      try {
        const result = await client.query(sql, params === void 0 ? void 0 : [...params]);
        return result.rows;
      } catch (error) {
        const ended = lost();
        if (place === void 0 || ended === void 0 && !SESSION_ENDED.test(String(error))) throw error;
        throw new PostgresSessionLostError(sqlStateOf(ended ?? error), place, ended ?? error);
      }
    },
    close: () => client.end()
  };
}
var SESSION_ENDED = /not queryable|Connection terminated|ECONNRESET|EPIPE/;
function clientConfig(connection, ssl) {
  return {
    host: connection.host,
    port: connection.port,
    user: connection.user,
    password: connection.password ?? void 0,
    database: connection.database,
    ssl,
    connectionTimeoutMillis: connection.connectTimeoutMs,
    keepAlive: connection.keepAliveIdleMs !== null,
    keepAliveInitialDelayMillis: connection.keepAliveIdleMs ?? void 0,
    application_name: connection.applicationName
  };
}
async function openPgSession(connection) {
  const client = await connectClient(connection).catch((error) => {
    throw connectError(error, connection, "connect");
  });
  let ended;
  client.on("error", (error) => ended ??= error);
  try {
    if (connection.role !== null) await client.query(`SET ROLE ${quoteIdent(connection.role)}`);
  } catch (error) {
    await client.end().catch(() => void 0);
    throw connectError(error, connection, "role");
  }
  await client.query(
    "SELECT set_config('idle_session_timeout', '0', false) WHERE current_setting('server_version_num')::int >= 140000"
  );
  return pgSqlClient(client, connection, () => ended);
}
async function connectClient(connection) {
  const tls = await tlsOptions(connection);
  const client = new esm_default.Client(clientConfig(connection, tls));
  try {
    await client.connect();
    return client;
  } catch (error) {
    const fallback = connection.sslMode === "prefer" || connection.sslMode === "allow";
    if (!(fallback && error instanceof Error && /does not support SSL/i.test(error.message))) throw error;
  }
  const plain = new esm_default.Client(clientConfig(connection, false));
  await plain.connect();
  return plain;
}
async function createPostgresWarehouse(connection, options = {}) {
  const session = await openPgSession(connection);
  return new PostgresWarehouse(session, {
    ...options,
    openLockSession: () => openPgSession({ ...connection, applicationName: `${connection.applicationName} (deploy lock)` })
  });
}

// src/warehouse/postgres/profile-connection.ts
var SSL_MODES = ["disable", "allow", "prefer", "require", "verify-ca", "verify-full"];
function postgresConnectionFromProfile(target) {
  const { fields } = target;
  const where = `${target.profilesFile}: output "${target.targetName}" of profile "${target.profileName}"`;
  const text = (key3) => {
    const value = fields[key3];
    if (value === void 0 || value === null || value === "") return null;
    if (typeof value === "object") throw new UserError(`${where}: \`${key3}\` must be a plain value.`);
    return String(value);
  };
  const required = (...keys) => {
    for (const key3 of keys) {
      const value = text(key3);
      if (value !== null) return value;
    }
    throw new UserError(`${where}: \`${keys[0]}\` is missing; dbt-postgres needs it to connect.`);
  };
  const seconds2 = (key3, fallback) => {
    const value = text(key3);
    if (value === null) return fallback;
    const number = Number(value);
    if (!Number.isFinite(number) || number < 0)
      throw new UserError(`${where}: \`${key3}\` must be a number of seconds, got "${value}".`);
    return number;
  };
  const port = Number(text("port") ?? 5432);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new UserError(`${where}: \`port\` must be a port number, got "${text("port")}".`);
  }
  const sslMode = text("sslmode") ?? "prefer";
  if (!SSL_MODES.includes(sslMode)) {
    throw new UserError(`${where}: \`sslmode\` is "${sslMode}"; use one of ${SSL_MODES.join(", ")}.`);
  }
  const keepAlive = seconds2("keepalives_idle", null);
  return {
    host: required("host"),
    port,
    user: required("user"),
    password: text("password") ?? text("pass"),
    database: required("dbname", "database"),
    sslMode,
    sslRootCert: text("sslrootcert"),
    sslCert: text("sslcert"),
    sslKey: text("sslkey"),
    connectTimeoutMs: (seconds2("connect_timeout", 10) ?? 10) * 1e3,
    role: text("role"),
    keepAliveIdleMs: keepAlive === null || keepAlive === 0 ? null : keepAlive * 1e3,
    applicationName: "dbt-slim-ci",
    origin: originOf(target)
  };
}

// src/warehouse/connect.ts
function deployStrategyOf(adapterType) {
  if (adapterType === "postgres") return POSTGRES_CAPABILITIES.deployStrategy;
  if (adapterType === "snowflake") return SNOWFLAKE_CAPABILITIES.deployStrategy;
  return null;
}
async function connectWarehouse(target, options = {}) {
  switch (target.type) {
    case "postgres":
      return createPostgresWarehouse(postgresConnectionFromProfile(target), {
        dryRun: options.dryRun,
        swapLockTimeoutMs: options.swapLockTimeoutMs,
        dependencySeverity: options.dependencySeverity
      });
    case "snowflake": {
      const snowflake = await import("./snowflake-CMIIPRWB.js");
      return snowflake.createSnowflakeWarehouse(
        { ...snowflake.snowflakeSettingsFromProfile({ ...target.fields }), origin: originOf(target) },
        {
          ...options.snowflake,
          dryRun: options.dryRun,
          queryTag: options.queryTag
        }
      );
    }
    default:
      throw new UserError(
        `${target.profilesFile}: output "${target.targetName}" of profile "${target.profileName}" is a ${target.type} target; blue/green deploys support postgres and snowflake targets only.`
      );
  }
}

// src/selector/load-artifacts.ts
import { readFile as readFile3 } from "node:fs/promises";
import path5 from "node:path";

// src/selector/selection-artifacts.ts
var NO_ARTIFACTS = {
  runResults: null,
  stateSources: null,
  currentSources: null,
  selectors: null
};
function parseJson(text, file) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ArtifactError(file, `is not valid JSON (${error.message}).`);
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed) || !Array.isArray(parsed.results))
    throw new ArtifactError(file, "has no `results` list: is it a dbt artifact?");
  return parsed;
}
function resultsOf(document) {
  return document.results.filter(
    (result) => result !== null && typeof result === "object" && !Array.isArray(result) && typeof result.unique_id === "string"
  );
}
function parseRunResults2(text, file) {
  const statuses = /* @__PURE__ */ new Map();
  for (const result of resultsOf(parseJson(text, file)))
    if (typeof result.status === "string") statuses.set(result.unique_id, result.status);
  return statuses;
}
function parseFreshness(text, file) {
  const results = /* @__PURE__ */ new Map();
  for (const result of resultsOf(parseJson(text, file))) {
    const loaded = result.max_loaded_at;
    let micros = null;
    if (typeof loaded === "string") {
      micros = epochMicros(loaded);
      if (micros === null)
        throw new ArtifactError(
          file,
          `has max_loaded_at "${loaded}" for ${result.unique_id}, which is not a time.`
        );
    }
    const status = typeof result.status === "string" ? result.status : "runtime error";
    results.set(result.unique_id, { status, maxLoadedAtMicros: micros });
  }
  return results;
}
var ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6})\d*)?)?(Z|[+-]\d{2}:?\d{2})?$/;
function epochMicros(text) {
  const match = ISO_TIME.exec(text.trim());
  if (!match) return null;
  const [, year, month, day, hour, minute, second = "0", fraction = "", zone = "Z"] = match;
  const millis = Date.UTC(+year, +month - 1, +day, +hour, +minute, +second);
  if (Number.isNaN(millis)) return null;
  const offsetMinutes = zone === "Z" ? 0 : (zone.startsWith("-") ? -1 : 1) * (+zone.slice(1, 3) * 60 + +zone.slice(-2));
  return BigInt(millis - offsetMinutes * 6e4) * 1000n + BigInt(fraction.padEnd(6, "0") || "0");
}

// src/selector/selectors-file.ts
var import_yaml = __toESM(require_dist(), 1);

// src/selector/selector-syntax.ts
var METHOD_NAMES = [
  "fqn",
  "tag",
  "group",
  "access",
  "source",
  "path",
  "file",
  "package",
  "config",
  "test_name",
  "test_type",
  "resource_type",
  "state",
  "exposure",
  "metric",
  "result",
  "source_status",
  "version",
  "semantic_model",
  "saved_query",
  "unit_test",
  "selector"
];
var INDIRECT_SELECTION_MODES = [
  "eager",
  "cautious",
  "buildable",
  "empty"
];
var RAW_SELECTOR_PATTERN = /^(?<childrensParents>@)?(?<parents>(?<parentsDepth>\d*)\+)?(?:(?<method>[\w.]+):)?(?<value>.*?)(?<children>\+(?<childrenDepth>\d*))?$/;
function defaultMethod(value) {
  if (value.includes("/")) return "path";
  if (/\.(sql|py|csv)$/i.test(value)) return "file";
  return "fqn";
}
function parseMethod(text, raw) {
  const [name, ...methodArguments] = text.split(".");
  if (!METHOD_NAMES.includes(name)) {
    throw new UserError(
      `'${name}' is not a valid method name in selector "${raw}". Valid methods: ${METHOD_NAMES.join(", ")}.`
    );
  }
  return { method: name, methodArguments };
}
function parseCriterion(raw, indirectSelection) {
  const match = RAW_SELECTOR_PATTERN.exec(raw);
  if (!match?.groups)
    throw new UserError(`Invalid selector spec "${raw}": check the --select/--exclude value.`);
  const groups = match.groups;
  const value = groups.value ?? "";
  const { method, methodArguments } = groups.method === void 0 ? { method: defaultMethod(value), methodArguments: [] } : parseMethod(groups.method, raw);
  const childrensParents = groups.childrensParents !== void 0;
  const children = groups.children !== void 0;
  if (childrensParents && children) {
    throw new UserError(`Invalid node spec ${raw} - "@" prefix and "+" suffix are incompatible.`);
  }
  return {
    kind: "criterion",
    raw,
    method,
    methodArguments,
    value,
    childrensParents,
    parents: groups.parents !== void 0,
    parentsDepth: depth(groups.parentsDepth),
    children,
    childrenDepth: depth(groups.childrenDepth),
    indirectSelection
  };
}
function depth(text) {
  return text ? Number(text) : null;
}
function parseUnion(args, indirectSelection) {
  const parts = args.flatMap((arg) => arg.split(" ")).filter((part) => part.length > 0);
  return {
    kind: "union",
    raw: args.join(" "),
    indirectSelection,
    components: parts.map((part) => ({
      kind: "intersection",
      raw: part,
      indirectSelection,
      components: part.split(",").map((term) => parseCriterion(term, indirectSelection))
    }))
  };
}
function parseSelection(select, exclude, indirectSelection) {
  return {
    kind: "difference",
    raw: `${select.join(" ")} --exclude ${exclude.join(" ")}`,
    indirectSelection: "eager",
    components: [parseUnion(select, indirectSelection), parseUnion(exclude, indirectSelection)]
  };
}

// src/selector/selectors-file.ts
function parseSelectorsFile(text, file, indirectSelection, env = process.env) {
  let data;
  try {
    data = (0, import_yaml.parse)(text);
  } catch (error) {
    throw new UserError(`Could not read selector file ${file}: ${error.message}`);
  }
  if (data === null || data === void 0)
    throw new UserError(`Could not read selector file ${file}: No data found in selector file.`);
  const fail = (problem) => {
    throw new UserError(
      `Could not parse selector file ${file}: ${problem} See https://docs.getdbt.com/reference/node-selection/yaml-selectors.`
    );
  };
  const rendered = render(data, env, fail);
  if (!isObject(rendered) || !Array.isArray(rendered.selectors))
    fail("the file needs a top-level `selectors:` list.");
  const selectors = [];
  let defaultName = null;
  for (const entry of rendered.selectors) {
    if (!isObject(entry) || typeof entry.name !== "string")
      fail("every selector needs a `name` (a string) and a `definition`.");
    const { name, definition } = entry;
    if (typeof definition !== "string" && !isObject(definition))
      fail(
        `selector \`${name}\` needs a \`definition\`: a string or a dictionary (union, intersection, method/value), not a list.`
      );
    if (entry.default !== void 0 && typeof entry.default !== "boolean")
      fail(`\`default\` of selector \`${name}\` must be true or false.`);
    const isDefault = entry.default === true;
    if (isDefault && defaultName !== null) {
      throw new UserError(
        `Error when parsing the selector file ${file}. Found multiple selectors with \`default: true\`:${defaultName} and ${name}`
      );
    }
    if (isDefault) defaultName = name;
    try {
      selectors.push({
        name,
        default: isDefault,
        definition: parseDefinition(definition, indirectSelection, true)
      });
    } catch (error) {
      throw new UserError(
        `Could not read selector file data in ${file} (selector \`${name}\`): ${error.message}`
      );
    }
  }
  return { file, selectors };
}
function render(value, env, fail) {
  if (Array.isArray(value)) return value.map((item) => render(item, env, fail));
  if (isObject(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, render(v, env, fail)]));
  if (typeof value !== "string" || !/\{[{%#]/.test(value)) return value;
  return value.replace(
    /\{\{\s*env_var\(\s*(['"])([^'"]+)\1\s*(?:,\s*(['"])([^'"]*)\3\s*)?\)\s*\}\}/g,
    (_, _q, name, _q2, fallback) => {
      const found = env[name] ?? fallback;
      if (found === void 0) fail(`Env var required but not provided: '${name}'.`);
      return found;
    }
  ).replace(
    /\{[{%#][\s\S]*?[}%#]\}/,
    (expression) => fail(
      `\`${expression}\` is Jinja this tool cannot render in a selector file: only {{ env_var('NAME') }} and {{ env_var('NAME', 'default') }} are supported.`
    )
  );
}
function parseDefinition(definition, indirectSelection, rootLevel = false) {
  if (typeof definition === "string") return parseCriterion(definition, indirectSelection);
  if (!isObject(definition))
    throw new UserError(
      `Expected to find union, intersection, str or dict, instead found ${JSON.stringify(definition)}`
    );
  const setKey = "union" in definition ? "union" : "intersection" in definition ? "intersection" : null;
  if (setKey && rootLevel && Object.keys(definition).length > 1)
    throw new UserError(
      `Only a single 'union' or 'intersection' key is allowed in a root level selector definition; found ${Object.keys(definition).join(",")}.`
    );
  if (setKey) return parseSetDefinition(setKey, definition, indirectSelection);
  return parseDictDefinition(definition, indirectSelection);
}
function listAt(definition, key3) {
  const values = definition[key3];
  if (!Array.isArray(values)) throw new UserError(`Invalid value for key "${key3}". Expected a list.`);
  for (const value of values)
    if (typeof value !== "string" && !isObject(value))
      throw new UserError(
        `Invalid value type ${JSON.stringify(value)} in key "${key3}", expected dict or str.`
      );
  return values;
}
function exclusions(definition, indirectSelection) {
  const parts = listAt(definition, "exclude").map((part) => parseDefinition(part, indirectSelection));
  if (parts.length === 0) return null;
  if (parts.length === 1) return parts[0];
  return group("union", parts, JSON.stringify(definition.exclude));
}
function group(kind, components, raw) {
  return { kind, raw, components, indirectSelection: "eager" };
}
function parseSetDefinition(kind, definition, indirectSelection) {
  const include = [];
  let exclude = null;
  let sawExclude = false;
  for (const part of listAt(definition, kind)) {
    if (isObject(part) && "exclude" in part) {
      if (sawExclude)
        throw new UserError(
          "You cannot provide multiple exclude arguments to the same selector set operator."
        );
      sawExclude = true;
      exclude = exclusions(part, indirectSelection);
    } else include.push(parseDefinition(part, indirectSelection));
  }
  const raw = JSON.stringify(definition);
  const combined = group(kind, include, raw);
  return exclude ? group("difference", [combined, exclude], raw) : combined;
}
function parseDictDefinition(definition, indirectSelection) {
  const keys = Object.keys(definition);
  let fields;
  let exclude = null;
  if (keys.length === 1) fields = { method: keys[0], value: definition[keys[0]] };
  else if ("method" in definition && "value" in definition) {
    fields = definition;
    if ("exclude" in definition) exclude = exclusions(definition, indirectSelection);
  } else {
    throw new UserError(
      `Expected either 1 key or else "method" and "value" keys, but got ${JSON.stringify(keys)}`
    );
  }
  const criterion = criterionFromFields(JSON.stringify(definition), fields, indirectSelection);
  return exclude ? group("difference", [criterion, exclude], JSON.stringify(definition)) : criterion;
}
function criterionFromFields(raw, fields, indirectSelection) {
  if (fields.value === void 0) throw new UserError(`Invalid node spec "${raw}" - no search value!`);
  const mode = fields.indirect_selection ?? indirectSelection;
  if (!INDIRECT_SELECTION_MODES.includes(mode))
    throw new UserError(
      `indirect_selection "${String(mode)}" in ${raw}: use one of ${INDIRECT_SELECTION_MODES.join(", ")}.`
    );
  const { method, methodArguments } = parseMethod(String(fields.method), raw);
  const childrensParents = Boolean(fields.childrens_parents);
  const children = Boolean(fields.children);
  if (childrensParents && children)
    throw new UserError(`Invalid node spec ${raw} - "@" prefix and "+" suffix are incompatible.`);
  return {
    kind: "criterion",
    raw,
    method,
    methodArguments,
    value: String(fields.value),
    childrensParents,
    parents: Boolean(fields.parents),
    parentsDepth: depthOf(fields.parents_depth),
    children,
    childrenDepth: depthOf(fields.children_depth),
    indirectSelection: mode
  };
}
function depthOf(value) {
  if (value === void 0 || value === null || value === "" || value === 0) return null;
  const depth2 = Number(value);
  if (!Number.isInteger(depth2))
    throw new UserError(`Invalid node spec - could not handle parent depth ${String(value)}`);
  return depth2;
}

// src/selector/load-artifacts.ts
async function loadSelectionArtifacts(locations) {
  const { stateDir, projectDir, currentTargetDir, indirectSelection } = locations;
  const inState = (name) => stateDir ? path5.join(stateDir, name) : null;
  const [runResults, stateSources, currentSources, selectors] = await Promise.all([
    readIfPresent(inState("run_results.json"), parseRunResults2),
    readIfPresent(inState("sources.json"), parseFreshness),
    readIfPresent(path5.join(currentTargetDir, "sources.json"), parseFreshness),
    readIfPresent(
      path5.join(projectDir, "selectors.yml"),
      (text, file) => parseSelectorsFile(text, file, indirectSelection)
    )
  ]);
  return { runResults, stateSources, currentSources, selectors };
}
async function readIfPresent(file, parse4) {
  if (file === null) return null;
  let text;
  try {
    text = await readFile3(file, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return null;
    throw error;
  }
  return parse4(text, file);
}

// src/state/dbt-version.ts
function parseDbtVersion(text) {
  const match = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(text.trim());
  if (!match) return null;
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3] ?? 0) };
}
var LATEST_KNOWN = { major: 1, minor: 12, patch: 0 };
function writerOf(manifest) {
  return parseDbtVersion(manifest.metadata.dbtVersion) ?? LATEST_KNOWN;
}
function isAtLeast(version, major, minor, patch = 0) {
  if (version.major !== major) return version.major > major;
  if (version.minor !== minor) return version.minor > minor;
  return version.patch >= patch;
}
function formatDbtVersion(version) {
  return `${version.major}.${version.minor}.${version.patch}`;
}

// src/selector/artifact-methods.ts
function searchResultMethod(status, included, artifacts) {
  const results = artifacts.runResults;
  if (results === null) {
    throw new UserError(
      `\`result:${status}\` needs run_results.json in the state folder (dbt: "No comparison run_results"): publish the run results of the deploy with the state, or point the state at a folder that has them.`
    );
  }
  return new Set(included.filter((node) => results.get(node.uniqueId) === status).map((node) => node.uniqueId));
}
function searchSourceStatusMethod(value, included, artifacts) {
  const { stateSources, currentSources } = artifacts;
  if (stateSources === null) {
    throw new UserError(
      `\`source_status:${value}\` needs sources.json in the state folder (dbt: "No previous state comparison freshness results in sources.json"): run \`dbt source freshness\` in the deploy so the state carries it.`
    );
  }
  if (currentSources === null) {
    throw new UserError(
      `\`source_status:${value}\` needs this run's target/sources.json (dbt: "No current state comparison freshness results in sources.json"): run \`dbt source freshness\` before selecting.`
    );
  }
  if (value !== "fresher") return /* @__PURE__ */ new Set();
  const fresher = fresherSources(stateSources, currentSources);
  return new Set(included.filter((node) => fresher.has(node.uniqueId)).map((node) => node.uniqueId));
}
function fresherSources(state, current) {
  const fresher = /* @__PURE__ */ new Set();
  for (const [id, now] of current) {
    if (now.maxLoadedAtMicros === null) continue;
    const previous = state.get(id)?.maxLoadedAtMicros ?? null;
    if (previous === null || now.maxLoadedAtMicros > previous) fresher.add(id);
  }
  return fresher;
}

// src/selector/fnmatch.ts
var cache = /* @__PURE__ */ new Map();
function fnmatch(name, pattern) {
  let regex = cache.get(pattern);
  if (!regex) {
    regex = new RegExp(`^${translate(pattern)}$`, "su");
    cache.set(pattern, regex);
  }
  return regex.test(name);
}
function hasWildcard(pattern) {
  return /[*?[\]]/.test(pattern);
}
function translate(pattern) {
  const pat = [...pattern];
  const n = pat.length;
  let out = "";
  let i = 0;
  while (i < n) {
    const char = pat[i++];
    if (char === "*") {
      if (!out.endsWith(".*")) out += ".*";
    } else if (char === "?") out += ".";
    else if (char === "[") {
      let j = i;
      if (j < n && pat[j] === "!") j++;
      if (j < n && pat[j] === "]") j++;
      while (j < n && pat[j] !== "]") j++;
      if (j >= n) out += "\\[";
      else {
        out += bracket(pat, i, j);
        i = j + 1;
      }
    } else out += escapeLiteral2(char);
  }
  return out;
}
function bracket(pat, start, end) {
  let stuff;
  if (!pat.slice(start, end).includes("-")) stuff = escapeInClass(pat.slice(start, end).join(""));
  else {
    const chunks = [];
    let i = start;
    let k = pat[start] === "!" ? start + 2 : start + 1;
    for (; ; ) {
      k = pat.indexOf("-", k);
      if (k < 0 || k >= end) break;
      chunks.push(pat.slice(i, k));
      i = k + 1;
      k += 3;
    }
    const chunk = pat.slice(i, end);
    if (chunk.length > 0) chunks.push(chunk);
    else chunks[chunks.length - 1].push("-");
    for (let c = chunks.length - 1; c > 0; c--) {
      const before = chunks[c - 1];
      if (codePoint(before[before.length - 1]) > codePoint(chunks[c][0])) {
        chunks[c - 1] = [...before.slice(0, -1), ...chunks[c].slice(1)];
        chunks.splice(c, 1);
      }
    }
    stuff = chunks.map((part) => escapeInClass(part.join(""))).join("-");
  }
  if (stuff.length === 0) return "(?!)";
  if (stuff === "!") return ".";
  if (stuff.startsWith("!")) return `[^${stuff.slice(1)}]`;
  if (stuff.startsWith("^") || stuff.startsWith("[")) return `[\\${stuff}]`;
  return `[${stuff}]`;
}
function escapeInClass(text) {
  return text.replace(/[\\\-\]]/g, "\\$&");
}
function escapeLiteral2(char) {
  return /[.*+?^${}()|[\]\\/]/.test(char) ? `\\${char}` : char;
}
function codePoint(char) {
  return char === void 0 ? -1 : char.codePointAt(0) ?? -1;
}

// src/selector/graph-walk.ts
function walk(edges, start, maxDepth) {
  const reached = /* @__PURE__ */ new Map();
  let layer = /* @__PURE__ */ new Map();
  for (const id of start) layer.set(id, id);
  for (let depth2 = 0; layer.size > 0 && (maxDepth === null || depth2 < maxDepth); depth2++) {
    const next = /* @__PURE__ */ new Map();
    for (const [id, origin] of layer) {
      for (const neighbour of edges.get(id) ?? []) {
        if (!reached.has(neighbour) && !next.has(neighbour)) next.set(neighbour, origin);
      }
    }
    for (const [id, origin] of next) reached.set(id, origin);
    layer = next;
  }
  return reached;
}

// src/selector/node-methods.ts
var NODE_TYPES = /* @__PURE__ */ new Set([
  "model",
  "analysis",
  "test",
  "snapshot",
  "operation",
  "seed",
  "rpc",
  "sql_operation",
  "doc",
  "source",
  "macro",
  "exposure",
  "metric",
  "group",
  "saved_query",
  "semantic_model",
  "unit_test",
  "fixture",
  "function"
]);
var isParsedNode = (node) => node.section === "nodes";
function searchNodeMethod(criterion, included, current) {
  const value = criterion.value;
  const pick = (predicate) => new Set(included.filter(predicate).map((node) => node.uniqueId));
  switch (criterion.method) {
    case "fqn":
      return pick((node) => node.resourceType !== "source" && fqnMatches(value, node));
    case "tag":
      return pick((node) => node.tags.some((tag) => fnmatch(tag, value)));
    case "group":
      return pick((node) => {
        if (!isParsedNode(node) && node.resourceType !== "metric") return false;
        const group2 = node.config.group;
        return typeof group2 === "string" && group2.length > 0 && fnmatch(group2, value);
      });
    case "access":
      return pick((node) => node.resourceType === "model" && node.access === value);
    case "source":
      return searchSource(value, included);
    case "exposure":
    case "metric":
    case "semantic_model":
    case "saved_query":
    case "unit_test":
      return searchPackageAndName(criterion.method, value, included);
    case "path":
      return pick(
        (node) => pathMatches(value, node.originalFilePath, true) || node.patchPath !== null && pathMatches(value, node.patchPath, false)
      );
    case "version":
      return searchVersion(value, included);
    case "file":
      return pick((node) => {
        const name = node.originalFilePath.split("/").pop() ?? "";
        const stem = name.includes(".") && !name.startsWith(".") ? name.slice(0, name.lastIndexOf(".")) : name;
        return fnmatch(name, value) || fnmatch(stem, value);
      });
    case "package": {
      const pattern = value === "this" && current.metadata.projectName !== null ? current.metadata.projectName : value;
      return pick((node) => fnmatch(node.packageName, pattern));
    }
    case "config":
      return pick(
        (node) => (isParsedNode(node) || node.resourceType === "source") && configMatches(node.config, criterion.methodArguments, value)
      );
    case "resource_type":
      if (!NODE_TYPES.has(value))
        throw new UserError(
          `Invalid resource_type selector "${value}": use one of ${[...NODE_TYPES].join(", ")}.`
        );
      return pick((node) => node.resourceType === value);
    case "test_name":
      return pick(
        (node) => node.resourceType === "test" ? node.testMetadata !== null && fnmatch(node.testMetadata.name, value) : node.resourceType === "unit_test" && fnmatch(node.name, value)
      );
    case "test_type":
      return searchTestType(value, included);
    default:
      throw new Error(`searchNodeMethod does not handle the ${criterion.method} method (${criterion.raw}).`);
  }
}
function fqnMatches(selector, node) {
  const versioned = node.resourceType === "model" && node.version !== null;
  return isSelectedNode(node.fqn, selector, versioned) || isSelectedNode(node.fqn.slice(1), selector, versioned);
}
function isSelectedNode(fqn, selector, versioned) {
  if (fqn.length === 0) return false;
  const selectorParts = selector.split(".");
  if (versioned) {
    if (fqn.length >= 2 && fqn[fqn.length - 2] === selector) return true;
    if (fqn.slice(-2).join("_") === selectorParts.slice(-2).join("_")) return true;
  } else if (fqn[fqn.length - 1] === selector) return true;
  const flatFqn = fqn.flatMap((segment) => segment.split("."));
  if (flatFqn.length < selectorParts.length) return false;
  const slurpFrom = selectorParts.findIndex((part) => hasWildcard(part));
  const exactParts = slurpFrom === -1 ? selectorParts : selectorParts.slice(0, slurpFrom);
  if (!exactParts.every((part, index) => flatFqn[index] === part)) return false;
  if (slurpFrom === -1) return true;
  return fnmatch(flatFqn.slice(slurpFrom).join("."), selectorParts.slice(slurpFrom).join("."));
}
function searchSource(value, included) {
  const parts = value.split(".");
  if (parts.length > 3) {
    throw new UserError(
      `Invalid source selector value "${value}". Sources must be of the form \${source_name}, \${source_name}.\${target_name}, or \${package_name}.\${source_name}.\${target_name}.`
    );
  }
  const [pkg, source, table] = parts.length === 3 ? parts : parts.length === 2 ? ["*", ...parts] : ["*", parts[0], "*"];
  return new Set(
    included.filter(
      (node) => node.resourceType === "source" && fnmatch(node.packageName, pkg) && fnmatch(typeof node.extra.source_name === "string" ? node.extra.source_name : "", source) && fnmatch(node.name, table)
    ).map((node) => node.uniqueId)
  );
}
function searchPackageAndName(resourceType, value, included) {
  const parts = value.split(".");
  if (parts.length > 2) {
    throw new UserError(
      `Invalid ${resourceType} selector value "${value}": use \${name} or \${package_name}.\${name}.`
    );
  }
  const [pkg, name] = parts.length === 2 ? parts : ["*", parts[0]];
  return new Set(
    included.filter(
      (node) => node.resourceType === resourceType && fnmatch(node.packageName, pkg) && fnmatch(node.name, name)
    ).map((node) => node.uniqueId)
  );
}
function searchVersion(value, included) {
  const models = included.filter((node) => node.resourceType === "model");
  const compared = (node) => node.version && node.latestVersion ? compareVersions(node.version, node.latestVersion) : null;
  let predicate;
  if (value === "latest") predicate = (node) => node.version !== null && node.version === node.latestVersion;
  else if (value === "prerelease") predicate = (node) => (compared(node) ?? 0) > 0;
  else if (value === "old") predicate = (node) => (compared(node) ?? 0) < 0;
  else if (value === "none") predicate = (node) => node.version === null;
  else
    throw new UserError(
      `Invalid version type selector ${value}: expected one of: "latest", "prerelease", "old", or "none"`
    );
  return new Set(models.filter(predicate).map((node) => node.uniqueId));
}
function compareVersions(a, b) {
  const [x, y] = [pythonFloat(a), pythonFloat(b)];
  if (x !== null && y !== null) return x < y ? -1 : x > y ? 1 : 0;
  const [p, q] = [String(a), String(b)];
  return p < q ? -1 : p > q ? 1 : 0;
}
var PYTHON_FLOAT = /^[+-]?(?:(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?|inf(?:inity)?|nan)$/i;
function pythonFloat(value) {
  if (typeof value === "number") return value;
  const text = value.trim();
  if (!PYTHON_FLOAT.test(text)) return null;
  if (/inf/i.test(text)) return text.startsWith("-") ? -Infinity : Infinity;
  if (/nan/i.test(text)) return Number.NaN;
  return Number(text.replace(/_/g, ""));
}
function pathMatches(pattern, filePath, orParentFolder) {
  const patternParts = pattern.replace(/^\.\//, "").replace(/\/+$/, "").split("/").filter((part) => part.length > 0);
  const pathParts = filePath.split("/");
  const shortest = orParentFolder ? 1 : pathParts.length;
  for (let length = pathParts.length; length >= shortest; length--) {
    if (globSegments(patternParts, pathParts.slice(0, length))) return true;
  }
  return false;
}
function globSegments(pattern, path15) {
  if (pattern.length === 0) return path15.length === 0;
  const [head, ...rest] = pattern;
  if (head === "**")
    return path15.some((_, index) => globSegments(rest, path15.slice(index))) || globSegments(rest, []);
  return path15.length > 0 && fnmatch(path15[0], head) && globSegments(rest, path15.slice(1));
}
function configMatches(config, keys, selector) {
  let value = config;
  for (const key3 of keys) {
    if (value === null || typeof value !== "object" || Array.isArray(value) || !Object.hasOwn(value, key3))
      return false;
    value = value[key3];
  }
  const caseInsensitive = keys.length === 1 && keys[0] === "severity";
  const equalsSelector = (candidate) => typeof candidate === "string" && (caseInsensitive ? candidate.toUpperCase() === selector.toUpperCase() : candidate === selector);
  const upper = selector.toUpperCase();
  if (Array.isArray(value)) {
    return value.some(equalsSelector) || upper === "TRUE" && value.some((item) => item === true || item === 1) || upper === "FALSE" && value.some((item) => item === false || item === 0);
  }
  return value !== void 0 && (equalsSelector(value) || upper === "TRUE" && value === true || upper === "FALSE" && value === false);
}
function searchTestType(value, included) {
  const isGeneric = (node) => node.resourceType === "test" && node.testMetadata !== null;
  const isSingular = (node) => node.resourceType === "test" && node.testMetadata === null;
  let predicate;
  if (value === "generic" || value === "schema") predicate = isGeneric;
  else if ("data".includes(value)) predicate = (node) => node.resourceType === "test";
  else if ("singular".includes(value)) predicate = isSingular;
  else if ("unit".includes(value)) predicate = (node) => node.resourceType === "unit_test";
  else
    throw new UserError(
      `Invalid test type selector ${value}: expected "generic", "singular", "unit", or "data".`
    );
  return new Set(included.filter(predicate).map((node) => node.uniqueId));
}

// src/selector/state-method.ts
var PARSED_NODE_TYPES = [
  "model",
  "seed",
  "snapshot",
  "test",
  "analysis",
  "operation",
  "sql_operation",
  "function"
];
var TYPES_WITH_METHOD = {
  body: new Set(PARSED_NODE_TYPES),
  persisted_descriptions: new Set(PARSED_NODE_TYPES),
  contract: new Set(PARSED_NODE_TYPES),
  relation: /* @__PURE__ */ new Set([...PARSED_NODE_TYPES, "source"]),
  configs: /* @__PURE__ */ new Set([...PARSED_NODE_TYPES, "source", "exposure", "metric", "semantic_model", "saved_query"])
};
function hasReason(comparison, check) {
  return comparison.reasons.some((reason) => reason.check === check);
}
function subSelector(check) {
  return (comparison) => TYPES_WITH_METHOD[check].has(comparison.resourceType) && (comparison.status === "new" || hasReason(comparison, check));
}
var PREDICATES = {
  new: (comparison) => comparison.status === "new",
  old: (comparison) => comparison.status !== "new",
  modified: (comparison) => comparison.stateModified,
  unmodified: (comparison) => !comparison.stateModified,
  "modified.body": subSelector("body"),
  "modified.configs": subSelector("configs"),
  "modified.persisted_descriptions": subSelector("persisted_descriptions"),
  "modified.relation": subSelector("relation"),
  "modified.macros": (comparison) => hasReason(comparison, "macros"),
  "modified.contract": subSelector("contract")
};
function searchStateMethod(value, included, state, comparison, values) {
  if (!state || !comparison) {
    throw new UserError(
      "Got a state selector method, but no comparison manifest: pass --state with the production manifest.json."
    );
  }
  const predicate = values.includes(value) ? PREDICATES[value] : void 0;
  if (!predicate) {
    throw new UserError(`Got an invalid selector "${value}", expected one of ${JSON.stringify(values)}.`);
  }
  const selected = /* @__PURE__ */ new Set();
  for (const node of included) {
    const nodeComparison = comparison.nodes.get(node.uniqueId);
    if (nodeComparison && predicate(nodeComparison)) selected.add(node.uniqueId);
  }
  return selected;
}

// src/selector/version-rules.ts
var STATE_VALUES = [
  ["new", 0],
  ["old", 6],
  ["modified", 0],
  ["unmodified", 6],
  ["modified.body", 0],
  ["modified.configs", 0],
  ["modified.persisted_descriptions", 0],
  ["modified.relation", 0],
  ["modified.macros", 0],
  ["modified.contract", 5]
];
var METHOD_SINCE = {
  group: 5,
  access: 5,
  version: 5,
  semantic_model: 7,
  saved_query: 7,
  unit_test: 8,
  selector: 12
};
var INDIRECT_SINCE = { eager: 0, cautious: 0, buildable: 4, empty: 5 };
function selectorRules(version, command) {
  const has = (minor) => isAtLeast(version, 1, minor);
  const name = `dbt ${formatDbtVersion(version)}`;
  return {
    version,
    stateValues: STATE_VALUES.filter(([, minor]) => has(minor)).map(([value]) => value),
    emptyNodes: !has(6) ? "outside_graph" : command === "list" ? "member" : has(9) ? "dropped" : "outside_graph",
    checkMethod(method) {
      const since = METHOD_SINCE[method];
      if (since !== void 0 && !has(since))
        throw new UserError(
          `'${method}' is not a valid method name in ${name} (the \`${method}:\` method came with dbt 1.${since}): the manifest was written by ${name}, so select as it does or upgrade dbt.`
        );
    },
    checkIndirectSelection(mode) {
      if (!has(INDIRECT_SINCE[mode])) {
        const modes = Object.entries(INDIRECT_SINCE).filter(([, minor]) => has(minor)).map(([m]) => `'${m}'`);
        throw new UserError(
          `--indirect-selection: invalid choice: '${mode}' in ${name} (choose from ${modes.join(", ")}; '${mode}' came with dbt 1.${INDIRECT_SINCE[mode]}).`
        );
      }
    }
  };
}

// src/selector/select.ts
var DEFAULT_SELECT = ["state:modified+"];
var LISTED_TYPES = /* @__PURE__ */ new Set([
  "model",
  "snapshot",
  "seed",
  "test",
  "source",
  "exposure",
  "metric",
  "saved_query",
  "semantic_model",
  "unit_test",
  "function",
  "analysis"
]);
function selectNodes(input) {
  const indirectSelection = input.indirectSelection ?? "eager";
  const artifacts = input.artifacts ?? NO_ARTIFACTS;
  const rules = selectorRules(writerOf(input.current), input.command ?? "list");
  if (input.indirectSelection) rules.checkIndirectSelection(input.indirectSelection);
  const empty = emptyBodyNodes(input.current);
  const outside = rules.emptyNodes === "outside_graph" ? empty : /* @__PURE__ */ new Set();
  const included = [...input.current.nodes.values()].filter((node) => !outside.has(node.uniqueId));
  const context3 = {
    current: input.current,
    state: input.state,
    comparison: input.comparison,
    artifacts,
    rules,
    graph: outside.size > 0 ? graphWithout(input.current, outside) : input.current,
    included,
    dropped: rules.emptyNodes === "dropped" ? empty : /* @__PURE__ */ new Set(),
    sources: new Set(included.filter((node) => node.resourceType === "source").map((node) => node.uniqueId)),
    resolving: []
  };
  const named = namedRootSelector(input, artifacts);
  if (named) context3.resolving.push(named.name);
  const spec = named ? named.definition : parseSelection(
    input.select.length > 0 ? input.select : DEFAULT_SELECT,
    input.exclude,
    indirectSelection
  );
  return resolve(spec, context3);
}
function emptyBodyNodes(current) {
  const empty = /* @__PURE__ */ new Set();
  for (const node of current.nodes.values())
    if (node.section === "nodes" && node.resourceType !== "seed" && node.rawCode.trim() === "")
      empty.add(node.uniqueId);
  return empty;
}
function graphWithout(current, removed) {
  const keep = (ids) => ids.filter((id) => !removed.has(id));
  const restrict = (edges) => new Map([...edges].filter(([id]) => !removed.has(id)).map(([id, ids]) => [id, keep(ids)]));
  return { parents: restrict(current.parents), children: restrict(current.children) };
}
function namedRootSelector(input, artifacts) {
  const selectors = artifacts.selectors?.selectors ?? [];
  if (input.selector) {
    const found = selectors.find((selector) => selector.name === input.selector);
    if (!found) {
      const names = selectors.map((selector) => `'${selector.name}'`).join(", ");
      throw new UserError(
        `Could not find selector named ${input.selector}, expected one of [${names}]` + (artifacts.selectors ? ` (in ${artifacts.selectors.file}).` : ": the project has no selectors.yml.")
      );
    }
    return found;
  }
  if (input.select.length > 0 || input.exclude.length > 0) return null;
  return selectors.find((selector) => selector.default) ?? null;
}
function selectionMethods(input, selectors) {
  const artifacts = { ...NO_ARTIFACTS, selectors };
  const named = namedRootSelector({ ...input, selector: input.selector ?? null }, artifacts);
  const methods = /* @__PURE__ */ new Set();
  const visited = new Set(named ? [named.name] : []);
  const visit = (spec) => {
    if (spec.kind !== "criterion") return spec.components.forEach(visit);
    methods.add(spec.method);
    if (spec.method !== "selector") return;
    for (const selector of selectors?.selectors ?? []) {
      if (visited.has(selector.name) || !fnmatch(selector.name, spec.value)) continue;
      visited.add(selector.name);
      visit(selector.definition);
    }
  };
  visit(
    named ? named.definition : parseSelection(
      input.select.length > 0 ? input.select : DEFAULT_SELECT,
      input.exclude,
      input.indirectSelection ?? "eager"
    )
  );
  return methods;
}
function resolve(spec, context3) {
  const isListed = (id) => {
    const resourceType = context3.current.nodes.get(id)?.resourceType;
    return resourceType !== void 0 && LISTED_TYPES.has(resourceType) && !context3.dropped.has(id);
  };
  const [includedSpec, ...excludedSpecs] = spec.kind === "difference" ? spec.components : [spec];
  const includedBundle = selectSpec(includedSpec, context3);
  const excludedBundles = excludedSpecs.map((excluded2) => selectSpec(excluded2, context3));
  const excludedBy = (id) => excludedBundles.find((bundle) => bundle.direct.has(id));
  const selected = [...includedBundle.direct].filter((id) => !excludedBy(id) && isListed(id)).sort();
  const why = /* @__PURE__ */ new Map();
  for (const id of selected)
    why.set(id, includedBundle.why.get(id) ?? { kind: "matched", selector: includedSpec.raw });
  const excluded = /* @__PURE__ */ new Map();
  for (const id of includedBundle.direct) {
    const reason = excludedBy(id)?.why.get(id);
    if (reason && isListed(id)) excluded.set(id, reason);
  }
  return { selected, why, excluded };
}
function searchSelectorMethod(pattern, context3) {
  const file = context3.artifacts.selectors;
  const matched = [...file?.selectors ?? []].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0).filter((selector) => fnmatch(selector.name, pattern));
  if (matched.length === 0) {
    throw new UserError(
      `Selector '${pattern}' did not match any selector in selectors.yml` + (file ? ` (${file.file}).` : ": the project has no selectors.yml.")
    );
  }
  const result = /* @__PURE__ */ new Set();
  for (const selector of matched) {
    if (context3.resolving.includes(selector.name)) {
      throw new UserError(
        `Circular dependency detected in selector: ${[...context3.resolving, selector.name].join(" -> ")}.`
      );
    }
    context3.resolving.push(selector.name);
    for (const id of resolve(selector.definition, context3).selected) result.add(id);
    context3.resolving.pop();
  }
  return result;
}
function searchCriterion(criterion, context3) {
  context3.rules.checkMethod(criterion.method);
  switch (criterion.method) {
    case "state":
      return searchStateMethod(
        criterion.value,
        context3.included,
        context3.state,
        context3.comparison,
        context3.rules.stateValues
      );
    case "result":
      return searchResultMethod(criterion.value, context3.included, context3.artifacts);
    case "source_status":
      return searchSourceStatusMethod(criterion.value, context3.included, context3.artifacts);
    case "selector":
      return searchSelectorMethod(criterion.value, context3);
    default:
      return searchNodeMethod(criterion, context3.included, context3.current);
  }
}
function selectSpec(spec, context3) {
  return spec.kind === "criterion" ? selectCriterion(spec, context3) : selectGroup(spec, context3);
}
function selectCriterion(criterion, context3) {
  const collected = searchCriterion(criterion, context3);
  const why = /* @__PURE__ */ new Map();
  for (const id of collected) why.set(id, { kind: "matched", selector: criterion.raw });
  const addRelatives = (reached, kind) => {
    for (const [id, origin] of reached)
      if (!why.has(id)) why.set(id, { kind, selector: criterion.raw, of: origin });
  };
  const { parents, children } = context3.graph;
  if (criterion.childrensParents) {
    const descendants = walk(children, collected, null);
    addRelatives(descendants, "descendant");
    const roots = /* @__PURE__ */ new Set([...collected, ...descendants.keys()]);
    addRelatives(walk(parents, roots, null), "ancestor");
  }
  if (criterion.parents) addRelatives(walk(parents, collected, criterion.parentsDepth), "ancestor");
  if (criterion.children) addRelatives(walk(children, collected, criterion.childrenDepth), "descendant");
  const selected = new Set(why.keys());
  if (criterion.indirectSelection === "empty" || criterion.method === "selector")
    return { direct: selected, indirect: /* @__PURE__ */ new Set(), why };
  return expandSelection(selected, why, criterion.indirectSelection, criterion.raw, context3);
}
function expandSelection(selected, why, mode, raw, context3) {
  const direct = new Set(selected);
  const indirect = /* @__PURE__ */ new Set();
  const buildableScope = mode === "buildable" ? /* @__PURE__ */ new Set([...selected, ...walk(context3.graph.parents, selected, null).keys(), ...context3.sources]) : null;
  for (const id of successors(selected, context3.graph)) {
    const node = context3.current.nodes.get(id);
    if (!node || node.resourceType !== "test" && node.resourceType !== "unit_test") continue;
    const parents = node.dependsOnNodes;
    if (!why.has(id))
      why.set(id, {
        kind: "indirect_test",
        selector: raw,
        of: parents.filter((parent) => selected.has(parent))
      });
    if (mode === "eager" || parents.every((parent) => selected.has(parent))) direct.add(id);
    else if (buildableScope && parents.every((parent) => buildableScope.has(parent))) direct.add(id);
    else indirect.add(id);
  }
  return { direct, indirect, why };
}
function successors(selected, graph) {
  const result = /* @__PURE__ */ new Set();
  for (const id of selected) for (const child of graph.children.get(id) ?? []) result.add(child);
  return result;
}
function selectGroup(group2, context3) {
  const bundles = group2.components.map((component) => selectSpec(component, context3));
  const combine = (sets) => combineSets(group2.kind, sets);
  const initialDirect = combine(bundles.map((bundle) => bundle.direct));
  const indirect = combine(bundles.map((bundle) => /* @__PURE__ */ new Set([...bundle.direct, ...bundle.indirect])));
  const why = /* @__PURE__ */ new Map();
  for (const bundle of bundles) for (const [id, reason] of bundle.why) if (!why.has(id)) why.set(id, reason);
  const direct = incorporateIndirectNodes(initialDirect, indirect, group2.indirectSelection, context3);
  return { direct, indirect, why };
}
function combineSets(kind, sets) {
  if (sets.length === 0) return /* @__PURE__ */ new Set();
  const [first, ...rest] = sets;
  if (kind === "union") return new Set(sets.flatMap((set) => [...set]));
  if (kind === "intersection") return new Set([...first].filter((id) => rest.every((set) => set.has(id))));
  return new Set([...first].filter((id) => !rest.some((set) => set.has(id))));
}
function incorporateIndirectNodes(direct, indirect, mode, context3) {
  if (direct.size === indirect.size && [...direct].every((id) => indirect.has(id))) return direct;
  const selected = new Set(direct);
  if (mode !== "cautious" && mode !== "buildable") return selected;
  const scope = mode === "buildable" ? /* @__PURE__ */ new Set([...selected, ...walk(context3.graph.parents, selected, null).keys()]) : selected;
  for (const id of indirect) {
    const node = context3.current.nodes.get(id);
    if (!node || node.section !== "nodes") continue;
    if (node.dependsOnNodes.every((parent) => scope.has(parent))) selected.add(id);
  }
  return selected;
}

// src/dbt/source-freshness.ts
import { readFile as readFile4, rm as rm2 } from "node:fs/promises";
import path6 from "node:path";
async function runSourceFreshness(env, dbtEnv, published) {
  const targetPath = targetFolder(env.workDir, dbtEnv);
  const file = path6.join(targetPath, "sources.json");
  await rm2(file, { force: true });
  const args = ["source", "freshness", ...parseArgsOf(env.settings.dbt.args)];
  const invocation = await env.log.group(
    `dbt ${args.join(" ")}`,
    () => env.dbt.run(args, { targetPath, env: dbtEnv })
  );
  env.cancellation.throwIfRequested();
  const text = await readFile4(file, "utf8").catch(() => null);
  const results = text === null ? null : parseFreshness(text, file);
  const sources = [...results ?? []].map(([uniqueId, result]) => ({ uniqueId, status: result.status })).sort((a, b) => a.uniqueId < b.uniqueId ? -1 : 1);
  const stale = sources.filter((source) => source.status !== "pass");
  if (results === null) {
    env.log.warning(
      `dbt source freshness wrote no sources.json (exit ${invocation.exitCode}):
${invocation.tail.slice(-10).join("\n")}`
    );
  } else if (stale.length > 0) {
    env.log.warning(
      `Source freshness: ${stale.map((source) => `${source.uniqueId} ${source.status}`).join(", ")}.`
    );
  }
  return {
    commandLine: dbtCommandLine(invocation.args),
    exitCode: invocation.exitCode,
    file: results === null ? null : file,
    sources,
    published: published && results !== null,
    fresher: null
  };
}

// src/state/compare-options.ts
function resolveCompareSettings(current, state, options = {}) {
  const dbtVersion = resolveRunningVersion(current, options.dbtVersion);
  const unrenderedValues = resolveUnrenderedValuesMode(
    dbtVersion,
    options.stateModifiedCompareMoreUnrenderedValues
  );
  const versionsDiffer = state.metadata.dbtVersion !== (options.dbtVersion ?? current.metadata.dbtVersion);
  return {
    dbtVersion,
    unrenderedValues,
    normaliseStaticKwargs: unrenderedValues === "on" && isAtLeast(dbtVersion, 1, 12) && versionsDiffer,
    now: options.now ?? /* @__PURE__ */ new Date()
  };
}
function resolveRunningVersion(current, override) {
  if (override !== void 0) {
    const parsed = parseDbtVersion(override);
    if (!parsed)
      throw new UserError(`dbt version "${override}" is not a version like 1.10.2: pass a dbt version.`);
    return parsed;
  }
  return writerOf(current);
}
function resolveUnrenderedValuesMode(version, override) {
  if (override !== void 0) return override ? "on" : "off";
  if (isAtLeast(version, 1, 12)) return "on";
  if (isAtLeast(version, 1, 9)) return "off";
  return "legacy";
}

// src/state/constraint-support.ts
var BASE_ENFORCED = ["not_null", "foreign_key"];
var ENFORCED_BY_ADAPTER = {
  postgres: ["check", "not_null", "unique", "primary_key", "foreign_key"],
  snowflake: ["not_null"],
  redshift: ["not_null"],
  bigquery: ["not_null"],
  spark: [],
  databricks: ["check", "not_null"],
  athena: []
};
function isConstraintEnforced(adapterType, constraintType) {
  if (adapterType === null) return false;
  return (ENFORCED_BY_ADAPTER[adapterType] ?? BASE_ENFORCED).includes(constraintType);
}

// src/state/python-equality.ts
function pyEq(a, b) {
  if (a === b) return true;
  if (a === void 0 || b === void 0 || a === null || b === null) return false;
  const na = asPyNumber(a);
  const nb = asPyNumber(b);
  if (na !== null || nb !== null) return na !== null && nb !== null && na === nb;
  if (typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => pyEq(item, b[index]));
  }
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  return aKeys.every((key3) => Object.hasOwn(b, key3) && pyEq(a[key3], b[key3]));
}
function asPyNumber(value) {
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  return null;
}
function sameInstant(a, b) {
  if (typeof a === "string" && typeof b === "string") {
    const ta = Date.parse(a);
    const tb = Date.parse(b);
    if (!Number.isNaN(ta) && !Number.isNaN(tb)) return ta === tb;
  }
  return pyEq(a ?? null, b ?? null);
}

// src/state/contract-comparison.ts
var COLUMN_CONSTRAINT_DEFAULTS = {
  name: null,
  expression: null,
  warn_unenforced: true,
  warn_unsupported: true,
  to: null,
  to_columns: []
};
var MODEL_CONSTRAINT_DEFAULTS = { ...COLUMN_CONSTRAINT_DEFAULTS, columns: [] };
function materialized(node) {
  const value = node.config.materialized;
  return typeof value === "string" ? value : "view";
}
function enforcesConstraints(node) {
  return ["table", "incremental"].includes(materialized(node));
}
function normaliseDataType(dataType, version) {
  if (!dataType || !isAtLeast(version, 1, 11)) return dataType;
  return dataType.split("(")[0].trim().toLowerCase();
}
function withDefaults2(constraint, defaults3) {
  return { ...defaults3, ...constraint };
}
function containsConstraint(list2, constraint, defaults3) {
  const wanted = withDefaults2(constraint, defaults3);
  return list2.some((candidate) => pyEq(withDefaults2(candidate, defaults3), wanted));
}
function sameConstraintList(a, b, defaults3) {
  return a.length === b.length && a.every((constraint, index) => pyEq(withDefaults2(constraint, defaults3), withDefaults2(b[index], defaults3)));
}
function constraintLabel(constraint) {
  const name = constraint.name;
  return typeof name === "string" ? name : String(constraint.type);
}
function contractDifference(current, state, adapterType, version) {
  if (!state.contract.enforced && !current.contract.enforced) return null;
  if (!state.contract.enforced && current.contract.enforced) return { breaking: [] };
  if (current.contract.enforced && current.contract.checksum === state.contract.checksum) return null;
  const breaking = [];
  if (state.contract.enforced && !current.contract.enforced) {
    breaking.push({ kind: "enforcement_removed", detail: "contract enforcement was removed" });
  }
  let columnConstraintsExist = false;
  for (const key3 of Object.keys(state.columns).sort()) {
    const oldColumn = state.columns[key3];
    const newColumn = current.columns[key3];
    if (!newColumn) {
      breaking.push({
        kind: "column_removed",
        column: oldColumn.name,
        detail: `column \`${oldColumn.name}\` was removed`
      });
    } else if (oldColumn.dataType !== newColumn.dataType && normaliseDataType(oldColumn.dataType, version) !== normaliseDataType(newColumn.dataType, version)) {
      breaking.push({
        kind: "data_type_changed",
        column: oldColumn.name,
        detail: `column \`${oldColumn.name}\` changed data_type from ${oldColumn.dataType} to ${newColumn.dataType}`
      });
    }
    if (oldColumn.constraints.length > 0) columnConstraintsExist = true;
    if (newColumn && enforcesConstraints(state) && !sameConstraintList(oldColumn.constraints, newColumn.constraints, COLUMN_CONSTRAINT_DEFAULTS)) {
      for (const constraint of oldColumn.constraints) {
        if (!containsConstraint(newColumn.constraints, constraint, COLUMN_CONSTRAINT_DEFAULTS) && isConstraintEnforced(adapterType, String(constraint.type))) {
          breaking.push({
            kind: "constraint_removed",
            column: key3,
            detail: `enforced '${constraintLabel(constraint)}' constraint on column \`${key3}\` was removed`
          });
        }
      }
    }
  }
  if (enforcesConstraints(state) && !sameConstraintList(state.constraints, current.constraints, MODEL_CONSTRAINT_DEFAULTS)) {
    for (const constraint of state.constraints) {
      if (!containsConstraint(current.constraints, constraint, MODEL_CONSTRAINT_DEFAULTS) && isConstraintEnforced(adapterType, String(constraint.type))) {
        breaking.push({
          kind: "constraint_removed",
          detail: `enforced model-level '${constraintLabel(constraint)}' constraint on columns ${JSON.stringify(constraint.columns ?? [])} was removed`
        });
      }
    }
  }
  if (enforcesConstraints(state) && !enforcesConstraints(current) && (state.constraints.length > 0 || columnConstraintsExist)) {
    breaking.push({
      kind: "materialization_changed",
      detail: `materialization changed from ${materialized(state)} to ${materialized(current)} with enforced constraints`
    });
  }
  return { breaking };
}
function removedContractChange(node, disabled, now) {
  if (!node.contract.enforced) return null;
  if (node.deprecationDate !== null && Date.parse(node.deprecationDate) < now.getTime()) return null;
  return disabled ? { kind: "model_disabled", detail: `contracted model '${node.uniqueId}' was disabled` } : { kind: "model_removed", detail: `contracted model '${node.uniqueId}' was deleted or renamed` };
}

// src/state/macro-closure.ts
function findModifiedMacros(current, state) {
  const changes = /* @__PURE__ */ new Map();
  for (const [id, macro] of current.macros) {
    const old = state.macros.get(id);
    if (!old) changes.set(id, "added");
    else if (old.macroSql !== macro.macroSql) changes.set(id, "modified");
  }
  for (const id of state.macros.keys()) {
    if (!current.macros.has(id)) changes.set(id, "removed");
  }
  return changes;
}
var MacroClosure = class {
  constructor(current, modified) {
    this.modified = modified;
    if (modified.size === 0) return;
    const callers = /* @__PURE__ */ new Map();
    for (const macro of current.macros.values()) {
      for (const dependency of macro.dependsOnMacros) {
        const list2 = callers.get(dependency);
        if (list2) list2.push(macro.uniqueId);
        else callers.set(dependency, [macro.uniqueId]);
      }
    }
    const queue = [...modified.keys()];
    for (const id of queue) this.nextHop.set(id, null);
    for (let index = 0; index < queue.length; index++) {
      const target = queue[index];
      for (const caller of callers.get(target) ?? []) {
        if (this.nextHop.has(caller)) continue;
        this.nextHop.set(caller, target);
        queue.push(caller);
      }
    }
  }
  modified;
  nextHop = /* @__PURE__ */ new Map();
  /** The path from a macro to the modified macro it reaches (itself when it is modified), or null. */
  chainFrom(macroId) {
    if (!this.nextHop.has(macroId)) return null;
    const chain = [macroId];
    for (let next = this.nextHop.get(macroId); next; next = this.nextHop.get(next)) chain.push(next);
    return chain;
  }
  /**
   * dbt's `check_macros_modified` for one node: the first `depends_on.macros` entry (in order) that reaches a
   * modified macro decides. A null entry (a removed macro or generic test still referenced) is an error, as in
   * dbt 1.11+, unless no macro changed at all or an earlier entry already matched.
   */
  chainForNode(node) {
    if (this.modified.size === 0) return null;
    for (const macroId of node.dependsOnMacros) {
      if (macroId === null) {
        throw new UserError(
          `Node '${node.name}' (in ${node.originalFilePath}) depends on a macro or test that does not exist. This happens when a macro or generic test is removed but still referenced: fix the reference or install package dependencies with 'dbt deps', then regenerate the manifest.`
        );
      }
      const chain = this.chainFrom(macroId);
      if (chain) return chain;
    }
    return null;
  }
};

// src/state/describe.ts
function describeValue(value) {
  if (value === void 0) return "(not set)";
  return JSON.stringify(distinctEntries(value));
}
function distinctEntries(value) {
  if (!Array.isArray(value)) return value;
  const seen = /* @__PURE__ */ new Set();
  return value.filter((entry) => {
    const key3 = JSON.stringify(entry);
    return seen.has(key3) ? false : (seen.add(key3), true);
  });
}
function describeChanges(changes) {
  return changes.map((change) => `${change.key}: ${describeValue(change.old)} \u2192 ${describeValue(change.new)}`).join("; ");
}

// src/state/change-reasons.ts
function configReason(changes) {
  return {
    code: "config_changed",
    check: "configs",
    message: `config changed: ${describeChanges(changes)}`,
    changes
  };
}
function relationReason(changes) {
  return {
    code: "relation_changed",
    check: "relation",
    message: `configured relation changed: ${describeChanges(changes)}`,
    changes
  };
}
function fqnReason(current, state) {
  return {
    code: "fqn_changed",
    check: "fqn",
    message: `fqn changed from ${state.fqn.join(".")} to ${current.fqn.join(".")} (file moved)`,
    old: state.fqn,
    new: current.fqn
  };
}
function fieldReason(summary, changes) {
  return {
    code: "field_changed",
    check: "other",
    message: `${summary}: ${describeChanges(changes)}`,
    changes
  };
}
function contractReason(current, breaking) {
  const fatal = breaking.length > 0 && current.version !== null;
  const message = breaking.length === 0 ? "model contract changed (not a breaking change)" : `breaking contract change${current.version !== null ? " to a versioned model (dbt aborts with ContractBreakingChangeError)" : ""}: ${breaking.map((change) => change.detail).join("; ")}`;
  return { code: "contract_changed", check: "contract", message, breaking, fatal };
}

// src/state/config-comparison.ts
var NODE_CONFIG_EXCLUDED = ["alias", "schema", "database", "tags", "group"];
var EXCLUDED_KEYS = {
  model: NODE_CONFIG_EXCLUDED,
  seed: NODE_CONFIG_EXCLUDED,
  snapshot: NODE_CONFIG_EXCLUDED,
  analysis: NODE_CONFIG_EXCLUDED,
  operation: NODE_CONFIG_EXCLUDED,
  sql_operation: NODE_CONFIG_EXCLUDED,
  function: NODE_CONFIG_EXCLUDED,
  source: [],
  exposure: [],
  metric: ["group"]
};
function testModifierKeys(version) {
  const keys = ["severity", "where", "limit", "fail_calc", "warn_if", "error_if", "store_failures"];
  if (isAtLeast(version, 1, 7)) keys.push("store_failures_as");
  if (isAtLeast(version, 1, 12)) keys.push("sql_header");
  return keys;
}
function unrenderedConfigChanges(resourceType, current, state, version) {
  const keys = resourceType === "test" ? testModifierKeys(version) : [.../* @__PURE__ */ new Set([...Object.keys(current), ...Object.keys(state)])].filter(
    (key3) => !(EXCLUDED_KEYS[resourceType] ?? []).includes(key3)
  );
  return keys.flatMap((key3) => {
    const change = keyChange(key3, current, state);
    return change ? [change] : [];
  });
}
function keyChange(key3, current, state) {
  const inCurrent = Object.hasOwn(current, key3);
  const inState = Object.hasOwn(state, key3);
  if (!inCurrent && !inState) return null;
  const newValue = inCurrent ? current[key3] : void 0;
  const oldValue = inState ? state[key3] : void 0;
  if (inCurrent && inState && pyEq(newValue, oldValue)) return null;
  return { key: key3, old: oldValue, new: newValue };
}
function fieldChanges(keys, current, state) {
  return keys.flatMap((key3) => {
    const newValue = current[key3] ?? null;
    const oldValue = state[key3] ?? null;
    return pyEq(newValue, oldValue) ? [] : [{ key: key3, old: oldValue, new: newValue }];
  });
}

// src/state/fqn-comparison.ts
function sameFqn(current, state) {
  return current.fqn.length === state.fqn.length && current.fqn.every((part, index) => part === state.fqn[index]);
}

// src/state/persisted-descriptions.ts
function persistDocsFlag(node, key3) {
  const persistDocs = node.config.persist_docs;
  if (persistDocs === null || typeof persistDocs !== "object" || Array.isArray(persistDocs)) return false;
  return isTruthy(persistDocs[key3]);
}
function isTruthy(value) {
  if (value === void 0 || value === null || value === false || value === 0 || value === "") return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === "object") return Object.keys(value).length > 0;
  return true;
}
function persistedDescriptionDifference(current, state) {
  const relation = persistDocsFlag(current, "relation") && current.description !== state.description;
  const columns2 = persistDocsFlag(current, "columns") ? differingColumnDescriptions(current, state) : [];
  return relation || columns2.length > 0 ? { relation, columns: columns2 } : null;
}
function differingColumnDescriptions(current, state) {
  const keys = /* @__PURE__ */ new Set([...Object.keys(current.columns), ...Object.keys(state.columns)]);
  return [...keys].filter((key3) => current.columns[key3]?.description !== state.columns[key3]?.description).sort();
}

// src/state/relation-comparison.ts
var RELATION_KEYS = ["database", "schema", "alias"];
function relationChanges(current, state, unrenderedValues) {
  if (current.resourceType === "source") return sourceRelationChanges(current, state, unrenderedValues);
  return RELATION_KEYS.flatMap(
    (key3) => differs(key3, state.unrenderedConfig[key3] ?? null, current.unrenderedConfig[key3] ?? null)
  );
}
function sourceRelationChanges(current, state, unrenderedValues) {
  const changes = unrenderedValues === "on" ? [
    ...differs(
      "unrendered_database",
      state.extra.unrendered_database ?? null,
      current.extra.unrendered_database ?? null
    ),
    ...differs(
      "unrendered_schema",
      state.extra.unrendered_schema ?? null,
      current.extra.unrendered_schema ?? null
    )
  ] : [
    ...differs("database", state.database, current.database),
    ...differs("schema", state.schema, current.schema)
  ];
  return [
    ...changes,
    ...differs("identifier", state.extra.identifier ?? null, current.extra.identifier ?? null)
  ];
}
function differs(key3, oldValue, newValue) {
  return pyEq(oldValue, newValue) ? [] : [{ key: key3, old: oldValue, new: newValue }];
}

// src/state/seed-comparison.ts
function sameFileHash(current, state) {
  return current.name !== "none" && current.name === state.name && current.checksum === state.checksum;
}
function compareSeedHashes(current, state) {
  const same = sameFileHash(current.checksum, state.checksum);
  if (current.checksum.name !== "path") return { same, warning: null };
  const seed = `${current.packageName}.${current.name}`;
  if (state.checksum.name !== "path") {
    return {
      same,
      warning: `Found a seed (${seed}) >1MiB in size, but the previous version was not: it is marked modified.`
    };
  }
  if (same) {
    return {
      same,
      warning: `Found a seed (${seed}) >1MiB in size at the same path; dbt cannot compare its contents, so it is treated as unmodified.`
    };
  }
  return {
    same,
    warning: `Found a seed (${seed}) >1MiB in size at a new path: it is marked modified.`
  };
}

// src/state/static-config-kwargs.ts
function staticConfigKwargs(rawCode) {
  if (!rawCode.includes("config(")) return null;
  for (const tokens of templateTags(rawCode)) {
    const index = tokens.findIndex((_, i) => isConfigCall(tokens, i));
    if (index === -1) continue;
    const call = parseCallAt(tokens, index);
    return Object.fromEntries(call.kwargs.map((kwarg) => [kwarg.key, constructStaticKwargValue(kwarg)]));
  }
  return null;
}
function constructStaticKwargValue(kwarg) {
  if (kwarg.value.type === "Const" && typeof kwarg.value.value === "string") return kwarg.value.value;
  return toSource(kwarg.value);
}
function isConfigCall(tokens, index) {
  const token = tokens[index];
  if (token.kind !== "name" || token.text !== "config" || tokens[index + 1]?.text !== "(") return false;
  const previous = tokens[index - 1];
  if (previous?.kind === "op") return previous.text !== "." && previous.text !== "|";
  if (previous?.text === "not") return tokens[index - 2]?.text !== "is";
  return previous?.text !== "is";
}

// src/state/static-kwarg-normalisation.ts
function normaliseStaticKwargs(config) {
  let result = null;
  for (const [key3, value] of Object.entries(config)) {
    if (typeof value !== "string" || !value.startsWith("Keyword(")) continue;
    const rebuilt = rebuildKeyword(value);
    if (rebuilt === null || rebuilt === value) continue;
    result ??= { ...config };
    result[key3] = rebuilt;
  }
  return result ?? config;
}
function rebuildKeyword(repr) {
  try {
    const keyword = parseRepr(repr);
    return keyword.type === "Keyword" ? constructStaticKwargValue(keyword) : null;
  } catch {
    return null;
  }
}

// src/state/parsed-node-checks.ts
var same_contract = ({ current, state, context: context3 }) => {
  const contract2 = contractDifference(current, state, context3.adapterType, context3.settings.dbtVersion);
  return contract2 ? [contractReason(current, contract2.breaking)] : [];
};
var same_body = ({ current, state, isGenericTest }) => {
  if (current.rawCode === state.rawCode) return [];
  return [
    isGenericTest ? {
      code: "generic_test_body_changed",
      check: "body",
      message: "the generic test call changed (counts for state:modified.body only, not state:modified)"
    } : { code: "body_changed", check: "body", message: "the SQL/Python code changed" }
  ];
};
var same_seeds = ({ current, state, warnings }) => {
  const seed = compareSeedHashes(current, state);
  if (seed.warning) warnings.push(seed.warning);
  if (seed.same) return [];
  return [
    {
      code: "seed_checksum_changed",
      check: "body",
      message: `seed file checksum changed (${state.checksum.name} ${state.checksum.checksum} \u2192 ${current.checksum.name} ${current.checksum.checksum})`,
      oldHash: state.checksum,
      newHash: current.checksum,
      ...seed.warning ? { warning: seed.warning } : {}
    }
  ];
};
var same_config = ({ current, context: context3, currentConfig, stateConfig }) => {
  const changes = unrenderedConfigChanges(
    current.resourceType,
    currentConfig,
    stateConfig,
    context3.settings.dbtVersion
  );
  return changes.length > 0 ? [configReason(changes)] : [];
};
var same_persisted_description = ({ current, state }) => {
  const descriptions = persistedDescriptionDifference(current, state);
  if (!descriptions) return [];
  const parts = [
    ...descriptions.relation ? ["the description"] : [],
    ...descriptions.columns.length > 0 ? [`descriptions of columns ${descriptions.columns.join(", ")}`] : []
  ];
  return [
    {
      code: "description_changed",
      check: "persisted_descriptions",
      message: `persisted ${parts.join(" and ")} changed`,
      relation: descriptions.relation,
      columns: descriptions.columns
    }
  ];
};
var same_fqn = ({ current, state }) => sameFqn(current, state) ? [] : [fqnReason(current, state)];
var same_database_representation = ({
  current,
  state,
  context: context3,
  currentConfig,
  stateConfig,
  isGenericTest
}) => {
  const changes = relationChanges(
    { ...current, unrenderedConfig: currentConfig },
    { ...state, unrenderedConfig: stateConfig },
    context3.settings.unrenderedValues
  );
  if (changes.length === 0) return [];
  return [
    isGenericTest ? {
      code: "generic_test_relation_changed",
      check: "relation",
      message: `configured relation of the test changed (counts for state:modified.relation only): ${describeChanges(changes)}`,
      changes
    } : relationReason(changes)
  ];
};
var same_ref_representation = ({ current, state }) => {
  const changes = [
    ...fieldChanges(
      ["latest_version"],
      { latest_version: current.latestVersion },
      { latest_version: state.latestVersion }
    ),
    ...fieldChanges(["access"], { access: current.access }, { access: state.access }),
    ...sameInstant(current.deprecationDate, state.deprecationDate) ? [] : [{ key: "deprecation_date", old: state.deprecationDate, new: current.deprecationDate }]
  ];
  if (changes.length === 0) return [];
  return [
    {
      code: "ref_representation_changed",
      check: "ref_representation",
      message: `how other models ref it changed: ${describeChanges(changes)}`,
      changes
    }
  ];
};
var same_signature = ({ current, state }) => {
  const changes = [
    ...fieldChanges(["arguments", "returns"], current.extra, state.extra),
    ...pyEq(overloadKeys(current), overloadKeys(state)) ? [] : [{ key: "overloads", old: state.extra.overloads ?? null, new: current.extra.overloads ?? null }]
  ];
  return changes.length > 0 ? [fieldReason("function signature changed", changes)] : [];
};
var PARSED_NODE = [
  same_body,
  same_config,
  same_persisted_description,
  same_fqn,
  same_database_representation
];
var CHECKS = {
  model: [same_contract, ...PARSED_NODE, same_ref_representation],
  seed: [same_seeds, same_config, same_persisted_description, same_fqn, same_database_representation],
  test: [same_body, same_config, same_fqn, same_database_representation],
  function: [...PARSED_NODE, same_signature]
};
function compareParsedNode(current, state, context3) {
  const [currentConfig, stateConfig] = comparableUnrenderedConfigs(current, state, context3.settings);
  const input = {
    current,
    state,
    context: context3,
    currentConfig,
    stateConfig,
    isGenericTest: current.resourceType === "test" && current.testMetadata !== null,
    warnings: []
  };
  const checks = CHECKS[current.resourceType] ?? PARSED_NODE;
  return { reasons: checks.flatMap((check) => check(input)), warnings: input.warnings };
}
function comparableUnrenderedConfigs(current, state, settings) {
  if (!settings.normaliseStaticKwargs || current.section !== "nodes")
    return [current.unrenderedConfig, state.unrenderedConfig];
  return [normaliseStaticKwargs(current.unrenderedConfig), upgradedStateConfig(state)];
}
function upgradedStateConfig(state) {
  const config = state.unrenderedConfig;
  if (state.rawCode.length === 0 || Object.keys(config).length === 0 || isSimpleBuiltinGenericTest(state))
    return config;
  try {
    const kwargs = staticConfigKwargs(state.rawCode);
    return kwargs ? { ...config, ...kwargs } : config;
  } catch {
    return normaliseStaticKwargs(config);
  }
}
function isSimpleBuiltinGenericTest(node) {
  if (node.resourceType !== "test" || node.dependsOnMacros.length !== 1) return false;
  return node.dependsOnMacros[0] === "macro.dbt.test_not_null" || node.dependsOnMacros[0] === "macro.dbt.test_unique";
}
function overloadKeys(node) {
  const overloads = node.extra.overloads;
  if (!Array.isArray(overloads)) return [];
  return overloads.map((overload) => {
    const o = isObject(overload) ? overload : {};
    return {
      defined_in: o.defined_in ?? null,
      arguments: o.arguments ?? null,
      returns: o.returns ?? null,
      raw_body: o.raw_body ?? null
    };
  });
}

// src/state/resource-comparators.ts
function compareContents(current, state, context3) {
  switch (current.resourceType) {
    case "source":
      return { reasons: compareSource(current, state, context3), warnings: [] };
    case "exposure":
      return { reasons: compareExposure(current, state, context3), warnings: [] };
    case "metric":
      return { reasons: compareMetric(current, state, context3), warnings: [] };
    case "semantic_model":
      return { reasons: compareSemanticModel(current, state), warnings: [] };
    case "saved_query":
      return { reasons: compareSavedQuery(current, state), warnings: [] };
    case "unit_test":
      return { reasons: compareUnitTest(current, state), warnings: [] };
    default:
      return compareParsedNode(current, state, context3);
  }
}
function compareSource(current, state, context3) {
  const reasons = [];
  const relation = relationChanges(current, state, context3.settings.unrenderedValues);
  if (relation.length > 0) reasons.push(relationReason(relation));
  if (!sameFqn(current, state)) reasons.push(fqnReason(current, state));
  const config = unrenderedConfigChanges(
    "source",
    current.unrenderedConfig,
    state.unrenderedConfig,
    context3.settings.dbtVersion
  );
  if (config.length > 0) reasons.push(configReason(config));
  const other = fieldChanges(
    ["quoting", "freshness", "loaded_at_field", "external"],
    current.extra,
    state.extra
  );
  if (other.length > 0) reasons.push(fieldReason("source properties changed", other));
  return reasons;
}
function compareExposure(current, state, context3) {
  const reasons = [];
  if (!sameFqn(current, state)) reasons.push(fqnReason(current, state));
  const other = [
    ...fieldChanges(["type", "owner", "maturity", "url"], current.extra, state.extra),
    ...fieldChanges(
      ["description"],
      { description: current.description },
      { description: state.description }
    ),
    ...fieldChanges(["label"], current.extra, state.extra)
  ];
  const currentParents = new Set(current.dependsOnNodes);
  const stateParents = new Set(state.dependsOnNodes);
  if (currentParents.size !== stateParents.size || [...currentParents].some((id) => !stateParents.has(id))) {
    other.push({ key: "depends_on.nodes", old: [...stateParents].sort(), new: [...currentParents].sort() });
  }
  if (other.length > 0) reasons.push(fieldReason("exposure properties changed", other));
  const config = unrenderedConfigChanges(
    "exposure",
    current.unrenderedConfig,
    state.unrenderedConfig,
    context3.settings.dbtVersion
  );
  if (config.length > 0) reasons.push(configReason(config));
  return reasons;
}
function compareMetric(current, state, context3) {
  const reasons = [];
  const compared = isAtLeast(context3.settings.dbtVersion, 1, 6) ? ["type"] : LEGACY_METRIC_FIELDS;
  const other = [
    ...fieldChanges(compared, current.extra, state.extra),
    ...fieldChanges(
      ["description"],
      { description: current.description },
      { description: state.description }
    ),
    ...fieldChanges(["label"], current.extra, state.extra)
  ];
  if (other.length > 0) reasons.push(fieldReason("metric properties changed", other));
  const config = unrenderedConfigChanges(
    "metric",
    current.unrenderedConfig,
    state.unrenderedConfig,
    context3.settings.dbtVersion
  );
  if (config.length > 0) reasons.push(configReason(config));
  return reasons;
}
function compareSemanticModel(current, state) {
  const reasons = [];
  const other = [
    ...fieldChanges(["model"], current.extra, state.extra),
    ...fieldChanges(
      ["description"],
      { description: current.description },
      { description: state.description }
    ),
    ...fieldChanges(
      ["defaults", "entities", "dimensions", "measures", "primary_entity", "group"],
      current.extra,
      state.extra
    )
  ];
  if (other.length > 0) reasons.push(fieldReason("semantic model properties changed", other));
  const config = renderedConfigChanges(current, state);
  if (config.length > 0) reasons.push(configReason(config));
  return reasons;
}
function compareSavedQuery(current, state) {
  const reasons = [];
  const params = (node) => {
    const value = node.extra.query_params;
    return isObject(value) ? value : {};
  };
  const other = [
    ...fieldChanges(["metrics", "group_by", "where"], params(current), params(state)).map((change) => ({
      ...change,
      key: `query_params.${change.key}`
    })),
    ...fieldChanges(
      ["description"],
      { description: current.description },
      { description: state.description }
    ),
    ...fieldChanges(["label", "group"], current.extra, state.extra),
    ...sameExports(current, state) ? [] : [{ key: "exports", old: state.extra.exports ?? null, new: current.extra.exports ?? null }],
    ...fieldChanges(["tags"], { tags: current.tags }, { tags: state.tags })
  ];
  if (other.length > 0) reasons.push(fieldReason("saved query properties changed", other));
  const config = renderedConfigChanges(current, state);
  if (config.length > 0) reasons.push(configReason(config));
  return reasons;
}
function sameExports(current, state) {
  const currentExports = Array.isArray(current.extra.exports) ? current.extra.exports : [];
  const stateExports = Array.isArray(state.extra.exports) ? state.extra.exports : [];
  if (currentExports.length !== stateExports.length) return false;
  const asObject = (value) => isObject(value) ? value : {};
  return currentExports.every((exported, index) => {
    const a = asObject(exported);
    const b = asObject(stateExports[index]);
    if (!pyEq(a.name ?? null, b.name ?? null)) return false;
    const ua = asObject(a.unrendered_config);
    const ub = asObject(b.unrendered_config);
    return ["export_as", "schema", "alias"].every((key3) => pyEq(ua[key3] ?? null, ub[key3] ?? null));
  });
}
var RENDERED_CONFIG_DEFAULTS = {
  semantic_model: { enabled: true, group: null, meta: {} },
  saved_query: {
    enabled: true,
    group: null,
    meta: {},
    export_as: null,
    schema: null,
    cache: { enabled: false }
  }
};
function renderedConfigChanges(current, state) {
  const defaults3 = RENDERED_CONFIG_DEFAULTS[current.resourceType] ?? {};
  const currentConfig = { ...defaults3, ...current.config };
  const stateConfig = { ...defaults3, ...state.config };
  const keys = [.../* @__PURE__ */ new Set([...Object.keys(currentConfig), ...Object.keys(stateConfig)])];
  return fieldChanges(keys, currentConfig, stateConfig);
}
function compareUnitTest(current, state) {
  const changes = fieldChanges(["checksum"], current.extra, state.extra);
  return changes.length > 0 ? [fieldReason("unit test definition or fixture rows changed", changes)] : [];
}

// src/state/compare.ts
var SUB_SELECTOR_ONLY_CODES = /* @__PURE__ */ new Set([
  "generic_test_body_changed",
  "generic_test_relation_changed"
]);
var NEW_BUT_NOT_MODIFIED = /* @__PURE__ */ new Set([
  "source",
  "exposure",
  "metric",
  "semantic_model",
  "saved_query"
]);
var LOOKED_UP_SINCE = {
  semantic_models: 8,
  unit_tests: 8,
  saved_queries: 9,
  functions: 11
};
var LAST_SCHEMA_WITH_LEGACY_METRICS = 9;
function isDroppedLegacyMetric(state, node, version) {
  return node.resourceType === "metric" && state.metadata.schemaVersion <= LAST_SCHEMA_WITH_LEGACY_METRICS && isAtLeast(version, 1, 6);
}
function previousVersion(state, uniqueId, version) {
  const old = state.nodes.get(uniqueId);
  if (old && isDroppedLegacyMetric(state, old, version)) {
    const reason = `a legacy metric of a v${state.metadata.schemaVersion} state manifest, which dbt ${formatDbtVersion(version)} drops when reading it`;
    return { old: void 0, unseen: `new: its namesake in the state is ${reason}` };
  }
  const since = old ? LOOKED_UP_SINCE[old.section] : void 0;
  if (!old || since === void 0 || isAtLeast(version, 1, since)) return { old, unseen: null };
  const searched = [
    "nodes",
    "sources",
    "exposures",
    "metrics",
    ...Object.entries(LOOKED_UP_SINCE).filter(([, minor]) => isAtLeast(version, 1, minor)).map(([section]) => section.replace("_", " "))
  ];
  return {
    old: void 0,
    unseen: `in the state manifest, but dbt ${formatDbtVersion(version)} looks previous versions up only among ${searched.slice(0, -1).join(", ")} and ${searched[searched.length - 1]}, so it counts every ${old.resourceType.replace("_", " ")} as new (a dbt bug, fixed in dbt 1.${since})`
  };
}
function compareManifests(current, state, options) {
  const settings = resolveCompareSettings(current, state, options);
  const modifiedMacros = findModifiedMacros(current, state);
  const closure = new MacroClosure(current, modifiedMacros);
  const context3 = { settings, adapterType: current.metadata.adapterType };
  const nodes = /* @__PURE__ */ new Map();
  const warnings = [];
  for (const node of current.nodes.values()) {
    const { old, unseen } = previousVersion(state, node.uniqueId, settings.dbtVersion);
    const reasons = [];
    let differentContents;
    if (old) {
      const contents = compareContents(node, old, context3);
      reasons.push(...contents.reasons);
      warnings.push(...contents.warnings.map((message) => ({ uniqueId: node.uniqueId, message })));
      differentContents = contents.reasons.some((reason) => !SUB_SELECTOR_ONLY_CODES.has(reason.code));
    } else {
      reasons.push({
        code: "new",
        check: "other",
        message: unseen ?? "not in the state manifest (new, or enabled since)"
      });
      differentContents = !NEW_BUT_NOT_MODIFIED.has(node.resourceType);
    }
    const chain = closure.chainForNode(node);
    if (chain) reasons.push(macroReason(chain, modifiedMacros));
    for (const reason of reasons) {
      if (reason.code === "contract_changed" && reason.breaking.length > 0 && !reason.fatal) {
        warnings.push({ uniqueId: node.uniqueId, message: `unversioned model: ${reason.message}` });
      }
    }
    nodes.set(node.uniqueId, {
      uniqueId: node.uniqueId,
      resourceType: node.resourceType,
      status: old ? differentContents || chain !== null ? "modified" : "unmodified" : "new",
      stateModified: differentContents || chain !== null,
      reasons
    });
  }
  for (const old of state.nodes.values()) {
    if (current.nodes.has(old.uniqueId) || isDroppedLegacyMetric(state, old, settings.dbtVersion)) continue;
    const removed = removedComparison(old, current.disabled.get(old.uniqueId), context3);
    nodes.set(old.uniqueId, removed);
    for (const reason of removed.reasons) {
      if (reason.code === "contract_changed" && !reason.fatal)
        warnings.push({ uniqueId: old.uniqueId, message: reason.message });
    }
  }
  return {
    nodes,
    modifiedMacros,
    warnings,
    settings: {
      dbtVersion: formatDbtVersion(settings.dbtVersion),
      unrenderedValues: settings.unrenderedValues,
      normalisedStaticKwargs: settings.normaliseStaticKwargs
    }
  };
}
function removedComparison(old, disabledNow, context3) {
  const reasons = [
    {
      code: "removed",
      check: "other",
      message: disabledNow ? "disabled in the current project" : "no longer in the current project (deleted or renamed)"
    }
  ];
  if (old.resourceType === "model" && old.section === "nodes" && isAtLeast(context3.settings.dbtVersion, 1, 9)) {
    const subject = disabledNow ?? old;
    const breaking = removedContractChange(subject, disabledNow !== void 0, context3.settings.now);
    if (breaking) {
      const fatal = subject.version !== null;
      reasons.push({
        code: "contract_changed",
        check: "contract",
        message: `breaking contract change${fatal ? " to a versioned model (dbt aborts with ContractBreakingChangeError)" : ""}: ${breaking.detail}`,
        breaking: [breaking],
        fatal
      });
    }
  }
  return {
    uniqueId: old.uniqueId,
    resourceType: old.resourceType,
    status: "removed",
    stateModified: false,
    reasons
  };
}
function macroReason(chain, modifiedMacros) {
  const modified = chain[chain.length - 1];
  const change = modifiedMacros.get(modified) ?? "modified";
  const path15 = chain.length > 1 ? ` (via ${chain.join(" \u2192 ")})` : "";
  return {
    code: "macro_changed",
    check: "macros",
    message: `depends on macro ${modified}, which was ${change}${path15}`,
    chain,
    macroChange: change
  };
}

// src/scope/classify.ts
var PROJECT_FILES = ["dbt_project.yml"];
function classifyChanges(changes, current, production, files) {
  const origins = /* @__PURE__ */ new Map();
  for (const change of changes) {
    const node = current.nodes.get(change.uniqueId) ?? production.nodes.get(change.uniqueId);
    if (!node) continue;
    const own = ownFiles(node, change, current, production);
    origins.set(change.uniqueId, originOf2(own, files) ?? originOf2(PROJECT_FILES, files) ?? "unattributed");
  }
  return origins;
}
function originOf2(paths, files) {
  if (paths.some((path15) => files.byPr.has(path15))) return "pr";
  if (paths.some((path15) => files.onMain.has(path15))) return "main";
  return null;
}
function ownFiles(node, change, current, production) {
  const paths = [node.originalFilePath, node.patchPath ?? ""];
  for (const reason of change.reasons) {
    if (reason.code !== "macro_changed") continue;
    for (const id of reason.chain) {
      const macro = current.macros.get(id) ?? production.macros.get(id);
      if (macro) paths.push(macro.originalFilePath);
    }
  }
  return paths.filter((path15) => path15 !== "");
}
function outOfPrScope(current, origins, selected, downstream) {
  const inScope = /* @__PURE__ */ new Set();
  const queue = [...origins].filter(([id, origin]) => origin !== "main" && current.nodes.has(id)).map(([id]) => id);
  for (const id of queue) {
    if (inScope.has(id)) continue;
    inScope.add(id);
    queue.push(...current.children.get(id) ?? []);
  }
  const changedOrDownstream = /* @__PURE__ */ new Set([...origins.keys(), ...downstream]);
  return selected.filter((id) => changedOrDownstream.has(id) && !inScope.has(id));
}

// src/scope/git-history.ts
import { execFile } from "node:child_process";
var MissingHistoryError = class extends UserError {
  name = "MissingHistoryError";
};
async function readHistory(query) {
  const git = (...args) => run(query.projectDir, args);
  const missing = async (what) => new MissingHistoryError(`${what} is not in this checkout${await shallowNote(query.projectDir)}.`, {
    hint: query.fix
  });
  if (await git("ls-files", "--error-unmatch", "dbt_project.yml").catch(() => null) === null) {
    throw new MissingHistoryError(`The dbt project (${query.projectDir}) is not tracked in a git checkout.`, {
      hint: query.fix
    });
  }
  const head = await git("rev-parse", "HEAD");
  for (const [commit, what] of [
    [query.productionCommit, `The commit production was built from (${query.productionCommit.slice(0, 12)})`],
    [query.base, `The pull request's base (${query.base.slice(0, 40)})`]
  ]) {
    if (await git("rev-parse", "--verify", "--quiet", `${commit}^{commit}`).catch(() => null) === null)
      throw await missing(what);
  }
  const mergeBase = await git("merge-base", "HEAD", query.base).catch(() => null);
  if (mergeBase === null) throw await missing(`The merge base of ${head.slice(0, 12)} and ${query.base}`);
  const count2 = async (range) => Number(await git("rev-list", "--count", range));
  const paths = (text) => text.split("\0").filter(Boolean);
  const diff = (...range) => git("diff", "--name-only", "--no-renames", "--relative", "-z", ...range);
  return {
    productionCommit: query.productionCommit,
    mergeBase,
    behindBy: await count2(`${query.productionCommit}..${mergeBase}`),
    aheadBy: await count2(`${mergeBase}..${query.productionCommit}`),
    // The working tree, not HEAD: what dbt parsed, uncommitted edits and new files included.
    byPr: /* @__PURE__ */ new Set([
      ...paths(await diff(mergeBase)),
      ...paths(await git("ls-files", "--others", "--exclude-standard", "-z"))
    ]),
    onMain: new Set(paths(await diff(query.productionCommit, mergeBase)))
  };
}
function shallowNote(projectDir) {
  return run(projectDir, ["rev-parse", "--is-shallow-repository"]).then(
    (shallow) => shallow === "true" ? " (it is a shallow clone: only the latest commits were fetched)" : ""
  ).catch(() => "");
}
function run(cwd, args) {
  return new Promise((resolve2, reject) => {
    execFile("git", args, { cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`git ${args.join(" ")}: ${stderr.trim() || error.message}`));
      else resolve2(stdout.trim());
    });
  });
}

// src/scope/apply.ts
async function historyOf(env, state) {
  const { settings } = env;
  const needed = settings.selection.scope === "pr";
  const productionCommit = state.provenance.commitSha;
  if (!state.manifest) return null;
  const unavailable = (message) => {
    env.log.info(message);
    return null;
  };
  if (productionCommit === null) {
    const message = `Production state does not name the commit it was built from (state.json has no commitSha), so this PR's changes cannot be told from main's.`;
    if (needed)
      throw new MissingHistoryError(message, {
        hint: `Deploy once with dbt-slim-ci (it records the commit), or set ${howToSet("selection-scope", "production", settings.front)}.`
      });
    return unavailable(message);
  }
  const base = env.run.baseRef ?? "main";
  try {
    return await readHistory({
      projectDir: settings.dbt.projectDir,
      productionCommit,
      base,
      fix: settings.front === "action" ? `Check out the whole history: \`actions/checkout\` with \`fetch-depth: 0\` (the minimum is every commit from production's ${productionCommit.slice(0, 12)} to the pull request's head and its base). Or set ${howToSet("selection-scope", "production", settings.front)}.` : `Fetch the history (\`git fetch --unshallow\`, and the base branch), name the base with \`--base <ref>\` (default main), or use ${howToSet("selection-scope", "production", settings.front)}.`
    });
  } catch (error) {
    if (!(error instanceof MissingHistoryError)) throw error;
    if (needed) {
      throw new MissingHistoryError(
        `${settingMention("selection-scope", settings.front)} is \`pr\`, which needs the git history: ${error.message}`,
        { hint: error.hint ?? void 0 }
      );
    }
    return unavailable(
      `Cannot tell this PR's changes from main's: ${error.message} ${error.hint ?? ""}`.trim()
    );
  }
}
function scopeChanges(scope, current, production, changes, selected, downstream, history) {
  const origins = classifyChanges(changes, current, production, history);
  const having = (origin) => [...origins].filter(([, o]) => o === origin).map(([id]) => id);
  const leftOut = scope === "pr" ? outOfPrScope(current, origins, selected, downstream) : [];
  return {
    report: {
      scope,
      productionCommit: history.productionCommit,
      mergeBase: history.mergeBase,
      behindBy: history.behindBy,
      aheadBy: history.aheadBy,
      byPr: having("pr"),
      onMain: having("main"),
      unattributed: having("unattributed"),
      leftOut
    },
    excludes: leftOut.map((id) => `fqn:${current.nodes.get(id).fqn.join(".")}`)
  };
}

// src/report/budget.ts
var measureChars = (text) => text.length;
var measureUtf8Bytes = (text) => Buffer.byteLength(text, "utf8");
function fitList(block, budget, measure) {
  const lines = (parts) => parts.length ? parts.reduce((sum, part) => sum + measure(part), 0) + parts.length - 1 : 0;
  const frame = [...block.head, ...block.tail];
  const whole = [...block.head, ...block.items, ...block.tail];
  if (lines(whole) <= budget) return whole.join("\n");
  const frameSize = lines(frame);
  let size = frameSize;
  let kept = 0;
  for (const item of block.items) {
    const withItem = size + measure(item) + 1;
    const moreLine = measure(block.more(block.items.length - kept - 1)) + 2;
    if (withItem + moreLine > budget) break;
    size = withItem;
    kept++;
  }
  for (; kept > 0; kept--) {
    const result = [
      ...block.head,
      ...block.items.slice(0, kept),
      "",
      block.more(block.items.length - kept),
      ...block.tail
    ];
    if (lines(result) <= budget) return result.join("\n");
  }
  return "";
}
function fixedPart(title, weight, text, measure) {
  return { title, weight, render: (budget) => measure(text) <= budget ? text : "" };
}
function fitParts(parts, budget, measure, separator = "\n\n") {
  const full = parts.map((part) => part.render(Number.POSITIVE_INFINITY));
  const present = parts.map((_, index) => index).filter((index) => full[index] !== "");
  const separators = Math.max(0, present.length - 1) * measure(separator);
  const fullSize = present.reduce((sum, index) => sum + measure(full[index]), 0) + separators;
  if (fullSize <= budget) return { text: present.map((index) => full[index]).join(separator), omitted: [] };
  const rendered = /* @__PURE__ */ new Map();
  let available = budget - separators;
  let remainingWeight = present.reduce((sum, index) => sum + parts[index].weight, 0);
  const smallestClaimFirst = [...present].sort(
    (a, b) => measure(full[a]) / parts[a].weight - measure(full[b]) / parts[b].weight
  );
  for (const index of smallestClaimFirst) {
    const share = Math.floor(Math.max(0, available) * parts[index].weight / remainingWeight);
    const size = measure(full[index]);
    const text = size <= share ? full[index] : parts[index].render(share);
    rendered.set(index, text);
    available -= measure(text);
    remainingWeight -= parts[index].weight;
  }
  const cut = present.filter((index) => rendered.get(index) !== full[index]).sort((a, b) => parts[b].weight - parts[a].weight);
  for (const index of cut) {
    const current = rendered.get(index) ?? "";
    const larger = parts[index].render(measure(current) + Math.max(0, available));
    available -= measure(larger) - measure(current);
    rendered.set(index, larger);
  }
  const kept = present.filter((index) => rendered.get(index) !== "");
  return {
    text: kept.map((index) => rendered.get(index)).join(separator),
    omitted: present.filter((index) => rendered.get(index) === "").map((index) => parts[index].title)
  };
}
function composite(title, weight, head, children, measure) {
  return {
    title,
    weight,
    render(budget) {
      const headSize = measure(head);
      if (headSize > budget) return "";
      const body = fitParts(children, budget - headSize - measure("\n\n"), measure);
      return body.text ? `${head}

${body.text}` : head;
    }
  };
}

// src/report/escape.ts
var HTML_ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
function escapeMarkdown(text) {
  return text.replace(/\s*\r?\n\s*/g, " ").replace(/[&<>]/g, (char) => HTML_ENTITIES[char]).replace(/[\\`*_[\]|~#!]/g, (char) => `\\${char}`).replace(/@(?=[\p{L}\p{N}_-])|#(?=\d)/gu, "$&\u200B");
}
function code(text, inTable = false) {
  const oneLine = text.replace(/\r?\n/g, " ");
  const longestRun = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((run2) => run2.length));
  const fence = "`".repeat(longestRun + 1);
  const padded = /^[`\s]|[`\s]$/.test(oneLine) ? ` ${oneLine} ` : oneLine;
  return `${fence}${inTable ? padded.replace(/\|/g, "\\|") : padded}${fence}`;
}
function escapeProse(text) {
  return text.replace(/\s*\r?\n\s*/g, " ").split(/(`[^`]+`)/).map((piece, index) => index % 2 === 1 ? code(piece.slice(1, -1)) : escapeMarkdown(piece)).join("");
}
function codeBlock(text, language = "", indent = "") {
  const longestRun = Math.max(0, ...(text.match(/`{3,}/g) ?? []).map((run2) => run2.length));
  const fence = "`".repeat(Math.max(3, longestRun + 1));
  const body = text.replace(/\r\n/g, "\n").replace(/\n+$/, "");
  return [`${fence}${language}`, ...body.split("\n"), fence].map((line) => indent + line).join("\n");
}
function link(text, url) {
  const safeUrl = url.replace(
    /[()<>\s]/g,
    (char) => ({ "(": "%28", ")": "%29", "<": "%3C", ">": "%3E" })[char] ?? encodeURIComponent(char)
  );
  return `[${escapeMarkdown(text)}](${safeUrl})`;
}
function mermaidLabel(text) {
  return text.replace(/\s+/g, " ").replace(/[^\p{L}\p{N} ._\-:/@$+=,]/gu, (char) => `#${char.codePointAt(0)};`);
}

// src/report/text.ts
var graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });
var WINDOW = 64;
function clip(text, max) {
  if (text.length <= max) return text;
  if (max < 1) return "";
  const limit = max - 1;
  const start = Math.max(0, limit - WINDOW);
  let cut = start;
  for (const { index } of graphemes.segment(text.slice(start, limit + WINDOW))) {
    if (start + index > limit) break;
    cut = start + index;
  }
  if (/[\uD800-\uDBFF]/.test(text.charAt(cut - 1))) cut--;
  return `${text.slice(0, cut)}\u2026`;
}
function firstLine(text, max) {
  const lines = text.trim().split(/\r?\n/);
  const line = lines[0] ?? "";
  return clip(lines.length > 1 ? `${line} \u2026` : line, max);
}
function formatCount(count2) {
  return count2.toLocaleString("en-US");
}
function plural(count2, singular, pluralForm = `${singular}s`) {
  return `${formatCount(count2)} ${count2 === 1 ? singular : pluralForm}`;
}
function formatDuration(seconds2) {
  if (seconds2 < 1) return `${Math.round(seconds2 * 1e3)} ms`;
  if (seconds2 < 60) return `${seconds2.toFixed(1)} s`;
  const total = Math.round(seconds2);
  const pad = (n) => String(n).padStart(2, "0");
  if (total < 3600) return `${Math.floor(total / 60)}m ${pad(total % 60)}s`;
  return `${Math.floor(total / 3600)}h ${pad(Math.floor(total % 3600 / 60))}m`;
}
function formatAge(seconds2) {
  if (seconds2 < 3600) return plural(Math.max(0, Math.floor(seconds2 / 60)), "minute");
  if (seconds2 < 2 * 86400) return plural(Math.floor(seconds2 / 3600), "hour");
  return plural(Math.floor(seconds2 / 86400), "day");
}
function formatTimestamp(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
function shortSha(sha) {
  return sha.slice(0, 7);
}
function formatBytes(bytes) {
  const units = ["bytes", "kB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1e3 && unit < units.length - 1) {
    value /= 1e3;
    unit++;
  }
  return unit === 0 ? `${bytes} bytes` : `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

// src/report/sections/change-origins.ts
function behindWarning(origins) {
  return `Production is behind main by ${plural(origins.behindBy, "commit")}: it was built from ${origins.productionCommit.slice(0, 7)}, this pull request's merge base is ${origins.mergeBase.slice(0, 7)}. ${plural(origins.onMain.length, "node")} ${origins.onMain.length === 1 ? "differs" : "differ"} from production only because main changed ${origins.onMain.length === 1 ? "it" : "them"} since the last deploy` + (origins.scope === "pr" ? ": with selection-scope pr they were not built, and read production." : ": they were built too (selection-scope production).");
}
function aheadNote(origins) {
  return `Production has ${plural(origins.aheadBy, "commit")} this pull request's base lacks (it branched before the last deploy): nodes those commits changed show as changes of this PR until it is rebased or merged with main.`;
}
function changeOriginsPart(context3) {
  const origins = context3.report.changeOrigins;
  if (!origins || origins.behindBy === 0 && origins.aheadBy === 0 && origins.onMain.length === 0)
    return null;
  const head = [
    "#### Changed by this PR, or on main since the last deploy",
    ...origins.behindBy > 0 ? ["", `> [!WARNING]
> ${behindWarning(origins)}`] : [],
    ...origins.aheadBy > 0 ? ["", `> [!NOTE]
> ${aheadNote(origins)}`] : [],
    "",
    `Production commit ${code(origins.productionCommit.slice(0, 12))} \xB7 merge base ${code(origins.mergeBase.slice(0, 12))} \xB7 selection-scope ${code(origins.scope)}`
  ].join("\n");
  const group2 = (title, heading, ids) => ({
    title,
    weight: 1,
    render: (budget) => fitList(
      {
        head: [`**${heading} (${formatCount(ids.length)})**`, ""],
        items: ids.map((id) => `- ${context3.name(id)}`),
        more: (n) => context3.more(n, "node"),
        tail: []
      },
      budget,
      context3.measure
    )
  });
  return composite(
    "change origins",
    6,
    head,
    [
      ...origins.byPr.length ? [group2("changed by this PR", "Changed by this PR", origins.byPr)] : [],
      ...origins.onMain.length ? [group2("changed on main", "Changed on main since the last deploy", origins.onMain)] : [],
      ...origins.unattributed.length ? [
        group2(
          "changed outside git",
          "Changed, but no file of theirs changed in git (env vars, packages, vars): built",
          origins.unattributed
        )
      ] : [],
      ...origins.leftOut.length ? [group2("left out", "Not built: selected only because of main\u2019s changes", origins.leftOut)] : []
    ],
    context3.measure
  );
}

// src/costdiff/step.ts
import path7 from "node:path";

// src/production-state/state-record.ts
import { readFile as readFile5 } from "node:fs/promises";
var STATE_FILES = {
  manifest: "manifest.json",
  runResults: "run_results.json",
  /** `dbt source freshness` against production before the deploy's build (`source-freshness`). */
  sources: "sources.json",
  record: "state.json",
  /** The production manifest before the deploy that published this state: what a rollback republishes. */
  previousManifest: "previous-manifest.json"
};
var PRODUCER = "dbt-slim-ci";
var FORMAT_VERSION = 1;
function stateRecordJson(record) {
  return JSON.stringify({ producer: PRODUCER, formatVersion: FORMAT_VERSION, ...record }, null, 2) + "\n";
}
function parseStateRecord(text) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = null;
  }
  const doc = isObject(parsed) ? parsed : {};
  const stringAt = (key3) => typeof doc[key3] === "string" ? doc[key3] : null;
  const details2 = doc.details;
  return {
    commitSha: stringAt("commitSha"),
    runId: typeof doc.runId === "number" ? doc.runId : null,
    runUrl: stringAt("runUrl"),
    producedAt: stringAt("producedAt"),
    dbtVersion: stringAt("dbtVersion"),
    schemas: Array.isArray(doc.schemas) ? doc.schemas.filter((s) => typeof s === "string") : [],
    details: isObject(details2) ? details2 : {}
  };
}
async function readStateRecord(file) {
  const text = await readFile5(file, "utf8").catch(() => null);
  return text === null ? null : parseStateRecord(text);
}

// src/costdiff/compare.ts
var MIN_SLOWER_SECONDS = 1;
function compareCosts(pr, production, slowerRatio) {
  const previous = new Map((production?.results ?? []).map((result) => [result.uniqueId, result]));
  return pr.filter((result) => result.uniqueId.startsWith("model.") && result.status === "success").map((result) => {
    const old = previous.get(result.uniqueId);
    const productionSeconds = old && old.status !== "skipped" ? old.executionTime : null;
    const ratio = productionSeconds ? result.executionTime / productionSeconds : null;
    return {
      uniqueId: result.uniqueId,
      prSeconds: result.executionTime,
      productionSeconds,
      prRows: result.rowsAffected,
      productionRows: old?.rowsAffected ?? null,
      ratio,
      slower: ratio !== null && ratio >= slowerRatio && result.executionTime - (productionSeconds ?? 0) >= MIN_SLOWER_SECONDS
    };
  }).sort((a, b) => b.prSeconds - a.prSeconds || a.uniqueId.localeCompare(b.uniqueId));
}

// src/costdiff/snowflake-history.ts
var QUERY_HISTORY_SOURCE = "Snowflake's INFORMATION_SCHEMA.QUERY_HISTORY_BY_USER for this run's user and time, by the model dbt's query comment names";
function queryHistorySql(start, end) {
  return [
    `SELECT REGEXP_SUBSTR(query_text, '"node_id": "([^"]+)"', 1, 1, 'e') AS node_id,`,
    "       COUNT(*) AS queries,",
    "       COALESCE(SUM(bytes_scanned), 0) AS bytes_scanned,",
    "       COALESCE(SUM(credits_used_cloud_services), 0) AS cloud_services_credits",
    "  FROM TABLE(INFORMATION_SCHEMA.QUERY_HISTORY_BY_USER(",
    `         END_TIME_RANGE_START => TO_TIMESTAMP_LTZ(${stringLiteral(start)}),`,
    `         END_TIME_RANGE_END => TO_TIMESTAMP_LTZ(${stringLiteral(end)}),`,
    "         RESULT_LIMIT => 10000))",
    ` WHERE query_text LIKE '%"node_id": "model.%'`,
    " GROUP BY 1",
    " ORDER BY 1"
  ].join("\n");
}
function readQueryHistory(rows, built) {
  return rows.filter((row3) => typeof row3.node_id === "string" && built.has(row3.node_id)).map((row3) => ({
    uniqueId: String(row3.node_id),
    queries: Number(row3.queries),
    bytesScanned: Number(row3.bytes_scanned),
    cloudServicesCredits: Number(row3.cloud_services_credits)
  }));
}

// src/costdiff/step.ts
var HISTORY_TIMEOUT_MS = 6e4;
async function diffCost(flow, stateDir, adapterType) {
  const { env, report } = flow;
  const results = report.invocations.filter((invocation) => !invocation.commandLine.startsWith("dbt clone")).flatMap((invocation) => invocation.results ?? []);
  if (results.length === 0) return;
  const production = stateDir ? await readRunResults(path7.join(stateDir, STATE_FILES.runResults)).catch(() => null) : null;
  const models = compareCosts(results, production, env.settings.costDiff.slowerRatio);
  if (models.length === 0) return;
  report.costDiff = {
    slowerRatio: env.settings.costDiff.slowerRatio,
    production: production ? { generatedAt: production.generatedAt, command: production.command } : null,
    models,
    warehouse: null
  };
  if (adapterType !== "snowflake") return;
  let cost;
  try {
    const warehouse = await env.connectWarehouse();
    const rows = await warehouse.readQuery(queryHistorySql(report.startedAt, env.now().toISOString()), {
      timeoutMs: HISTORY_TIMEOUT_MS
    }).finally(() => warehouse.close());
    const built = new Set(models.map((model) => model.uniqueId));
    cost = {
      source: QUERY_HISTORY_SOURCE,
      available: true,
      note: null,
      models: readQueryHistory(rows, built)
    };
  } catch (error) {
    cost = {
      source: QUERY_HISTORY_SOURCE,
      available: false,
      note: `Could not read the query history: ${error instanceof Error ? error.message : String(error)}`,
      models: []
    };
  }
  report.costDiff.warehouse = cost;
}

// src/datadiff/pii.ts
function piiPredicate(nodes, rule) {
  const tags = new Set(rule.piiTags);
  const wholeModel = nodes.some((node) => node.tags.some((tag) => tags.has(tag)));
  const tagged = new Set(
    nodes.flatMap(
      (node) => Object.values(node.columns).filter((column) => (column.tags ?? []).some((tag) => tags.has(tag))).map((column) => column.name.toLowerCase())
    )
  );
  return (column) => {
    const name = column.toLowerCase();
    return wholeModel || tagged.has(name) || rule.piiColumns.some((pattern) => fnmatch(name, pattern));
  };
}
function describePiiRule(rule) {
  const names = rule.piiColumns.map((pattern) => `\`${pattern}\``).join(", ");
  const tags = rule.piiTags.map((tag) => `\`${tag}\``).join(", ");
  if (names && tags)
    return `columns named like ${names} or tagged ${tags}, and every column of a model tagged ${tags}`;
  if (names) return `columns named like ${names}`;
  if (tags) return `columns tagged ${tags}, and every column of a model tagged ${tags}`;
  return "none (no PII patterns or tags are set)";
}

// src/datadiff/keys.ts
function keyCandidates(node, manifest) {
  const candidates = [];
  const add = (columns2, source) => {
    if (columns2 && columns2.length > 0) candidates.push({ columns: columns2, source });
  };
  add(metaKey(node.meta) ?? metaKey(node.config.meta), "meta");
  add(columnList(node.config.unique_key), "unique_key");
  add(primaryKey(node), "primary_key");
  for (const column of testedKeyColumns(node, manifest)) add([column], "test");
  return candidates;
}
function metaKey(meta) {
  if (!isObject2(meta) || !isObject2(meta.slim_ci)) return null;
  return columnList(meta.slim_ci.key);
}
function columnList(value) {
  if (typeof value === "string" && value.trim() !== "") return [value.trim()];
  if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === "string" && v.trim() !== ""))
    return value.map((v) => v.trim());
  return null;
}
function primaryKey(node) {
  for (const constraint of node.constraints) {
    if (constraint.type === "primary_key") return columnList(constraint.columns);
  }
  const columns2 = Object.values(node.columns).filter(
    (column) => column.constraints.some((constraint) => constraint.type === "primary_key")
  );
  return columns2.length === 1 ? [columns2[0].name] : null;
}
function testedKeyColumns(node, manifest) {
  const tests = /* @__PURE__ */ new Map();
  for (const child of manifest.children.get(node.uniqueId) ?? []) {
    const test = manifest.nodes.get(child);
    if (test?.resourceType !== "test" || test.testMetadata === null) continue;
    if (test.attachedNode !== null && test.attachedNode !== node.uniqueId) continue;
    const kwarg = test.testMetadata.kwargs.column_name;
    const column = test.columnName ?? (typeof kwarg === "string" ? kwarg : null);
    if (column === null) continue;
    const names = tests.get(column) ?? /* @__PURE__ */ new Set();
    names.add(test.testMetadata.name);
    tests.set(column, names);
  }
  const notNullConstraint = (column) => node.columns[column]?.constraints.some((constraint) => constraint.type === "not_null") ?? false;
  const keys = [...tests.entries()].filter(([column, names]) => names.has("unique") && (names.has("not_null") || notNullConstraint(column))).map(([column]) => column);
  const order = Object.keys(node.columns);
  const rank = (column) => order.includes(column) ? order.indexOf(column) : order.length;
  return keys.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
function isObject2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/datadiff/plan.ts
var STORED = /* @__PURE__ */ new Set(["table", "incremental", "snapshot", "seed", "materialized_view", "dynamic_table"]);
function planDataDiff(input) {
  const plan2 = { targets: [], skipped: [] };
  const ids = input.modified.filter((id) => {
    const node = input.current.nodes.get(id);
    return node !== void 0 && (node.resourceType === "model" || node.resourceType === "seed");
  }).filter((id) => input.built.has(id)).sort((a, b) => nameOf(input.current, a).localeCompare(nameOf(input.current, b)) || a.localeCompare(b));
  for (const id of ids) {
    const node = input.current.nodes.get(id);
    const old = input.production.nodes.get(id);
    const pr = relationRef(node);
    const production = old ? relationRef(old) : null;
    const skip = (reason) => plan2.skipped.push({
      uniqueId: id,
      pr: pr?.sql ?? node.name,
      production: production?.sql ?? null,
      reason
    });
    const materialized2 = String(node.config.materialized ?? "view");
    const status = input.built.get(id);
    if (pr === null) skip(`Materialized as ${materialized2}: it has no relation to compare.`);
    else if (production === null) skip("Production has no relation for it to compare with.");
    else if (status !== "success") skip(`Its PR build ended with status \`${status}\`: nothing to compare.`);
    else if (input.chosen !== null && !input.chosen.has(id)) skip("Not picked by the data-diff selection.");
    else if (input.settings.mode === "auto" && !STORED.has(materialized2) && node.resourceType === "model")
      skip(
        `A ${materialized2}: comparing it would run its query; set data-diff to \`on\` to compare views too.`
      );
    else
      plan2.targets.push({
        uniqueId: id,
        pr,
        production,
        keys: keyCandidates(node, input.current),
        isPii: piiPredicate(old ? [node, old] : [node], input.settings)
      });
  }
  return plan2;
}
function relationRef(node) {
  if (node.schema === null || node.relationName === null) return null;
  if (node.config.materialized === "ephemeral") return null;
  return {
    database: node.database,
    schema: node.schema,
    name: node.alias ?? node.name,
    sql: node.relationName
  };
}
function nameOf(manifest, id) {
  return manifest.nodes.get(id)?.name ?? id;
}

// src/datadiff/sql/dialect.ts
var BUCKETS = 1e6;

// src/datadiff/sql/queries.ts
var EXAMPLE_KEYS = 5;
var SIDES = ["pr", "production"];
function sideExpr(dialect, column, side) {
  const own = column[side];
  const expr = dialect.quote(own.name);
  return column.pr.type === column.production.type ? dialect.comparable(expr, own.type) : dialect.asText(expr);
}
function countsSql(dialect, sides, key3) {
  return SIDES.map((side) => {
    const figures = ["COUNT(*) AS row_count"];
    if (key3 !== null) {
      const columns2 = key3.map((column) => sideExpr(dialect, column, side));
      figures.push(
        `COALESCE(SUM(CASE WHEN ${columns2.map((c) => `${c} IS NULL`).join(" OR ")} THEN 1 ELSE 0 END), 0) AS null_keys`,
        `COUNT(DISTINCT ${keyText(dialect, columns2)}) AS distinct_keys`
      );
    }
    return `SELECT ${dialect.literal(side)} AS side, ${figures.join(", ")} FROM ${sides[side].sql}`;
  }).join("\nUNION ALL\n");
}
function keyText(dialect, columns2) {
  if (columns2.length === 1) return columns2[0];
  const notNull = columns2.map((c) => `${c} IS NOT NULL`).join(" AND ");
  return `CASE WHEN ${notNull} THEN ${columns2.map((c) => dialect.asText(c)).join(` || '|' || `)} END`;
}
function joinedCtes(dialect, query) {
  const { sides, key: key3, columns: columns2, samplePerMillion: samplePerMillion2 } = query;
  const side = (name) => {
    const keys = key3.map((column, i) => `${sideExpr(dialect, column, name)} AS k${i}`);
    const values = columns2.map((column, i) => `${sideExpr(dialect, column, name)} AS c${i}`);
    const conditions = key3.map((_, i) => `${sideExpr(dialect, key3[i], name)} IS NOT NULL`);
    if (samplePerMillion2 !== null) {
      const text = keyText(
        dialect,
        key3.map((column) => dialect.quote(column[name].name))
      );
      conditions.push(`${dialect.bucket(text)} < ${samplePerMillion2}`);
    }
    return `${name} AS (SELECT ${[...keys, ...values].join(", ")} FROM ${sides[name].sql} WHERE ${conditions.join(" AND ")})`;
  };
  const both = "pr.k0 IS NOT NULL AND production.k0 IS NOT NULL";
  const differs2 = columns2.map((_, i) => `pr.c${i} IS DISTINCT FROM production.c${i}`);
  const joined = [
    ...key3.flatMap((_, i) => [`pr.k${i} AS pr_k${i}`, `production.k${i} AS production_k${i}`]),
    ...differs2.map((d, i) => `CASE WHEN ${both} AND ${d} THEN 1 ELSE 0 END AS d${i}`),
    `CASE WHEN ${both} AND (${differs2.length > 0 ? differs2.join(" OR ") : "1 = 0"}) THEN 1 ELSE 0 END AS changed`
  ];
  const on = key3.map((_, i) => `pr.k${i} = production.k${i}`).join(" AND ");
  return [
    `WITH ${side("pr")},`,
    `${side("production")},`,
    `joined AS (SELECT ${joined.join(", ")} FROM pr FULL OUTER JOIN production ON ${on})`
  ].join("\n");
}
function keyDiffSql(dialect, query) {
  const sum = (condition, alias) => `COALESCE(SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END), 0) AS ${alias}`;
  const figures = [
    sum("production_k0 IS NULL", "only_in_pr"),
    sum("pr_k0 IS NULL", "only_in_production"),
    sum("pr_k0 IS NOT NULL AND production_k0 IS NOT NULL", "matched"),
    "COALESCE(SUM(changed), 0) AS changed",
    ...query.columns.map((_, i) => `COALESCE(SUM(d${i}), 0) AS d${i}`)
  ];
  return `${joinedCtes(dialect, query)}
SELECT ${figures.join(", ")} FROM joined`;
}
function exampleKeysSql(dialect, query) {
  const merged = query.key.map((_, i) => `COALESCE(pr_k${i}, production_k${i})`);
  const kind = "CASE WHEN production_k0 IS NULL THEN 'only_in_pr' WHEN pr_k0 IS NULL THEN 'only_in_production' ELSE 'changed' END";
  return [
    joinedCtes(dialect, query) + ",",
    `tagged AS (SELECT ${kind} AS kind, ${dialect.asText(keyText(dialect, merged))} AS key_text, ${merged.map((m, i) => `${m} AS o${i}`).join(", ")} FROM joined WHERE production_k0 IS NULL OR pr_k0 IS NULL OR changed = 1),`,
    `ranked AS (SELECT kind, key_text, ROW_NUMBER() OVER (PARTITION BY kind ORDER BY ${merged.map((_, i) => `o${i}`).join(", ")}) AS n FROM tagged)`,
    `SELECT kind, key_text FROM ranked WHERE n <= ${EXAMPLE_KEYS} ORDER BY kind, n`
  ].join("\n");
}
function profileSql(dialect, relation, columns2, showValues, samplePerMillion2) {
  const figures = ["COUNT(*) AS row_count"];
  columns2.forEach((column, i) => {
    const expr = dialect.comparable(dialect.quote(column.name), column.type);
    figures.push(`COUNT(${expr}) AS v${i}`, `COUNT(DISTINCT ${expr}) AS d${i}`);
    if (showValues(column) && dialect.orderable(column.type)) {
      figures.push(
        `${dialect.asText(`MIN(${expr})`)} AS min${i}`,
        `${dialect.asText(`MAX(${expr})`)} AS max${i}`
      );
    }
  });
  const sample = samplePerMillion2 === null ? "" : ` WHERE ${dialect.rowBucket("diff_row")} < ${samplePerMillion2}`;
  return `SELECT ${figures.join(", ")} FROM ${relation.sql} AS diff_row${sample}`;
}

// src/datadiff/compare.ts
function schemaDiff(dialect, production, pr) {
  const paired = pairColumns(dialect, pr, production);
  const inPr = new Set(paired.map((column) => column.pr.name));
  const inProduction = new Set(paired.map((column) => column.production.name));
  const retyped = paired.filter((column) => column.pr.type !== column.production.type);
  return {
    added: pr.filter((column) => !inPr.has(column.name)),
    removed: production.filter((column) => !inProduction.has(column.name)),
    retyped: retyped.map((column) => ({
      name: column.pr.name,
      production: column.production.type,
      pr: column.pr.type
    })),
    unchanged: paired.length - retyped.length
  };
}
function pairColumns(dialect, pr, production) {
  return pr.flatMap((column) => {
    const other = production.find((candidate) => dialect.sameColumn(column.name, candidate.name));
    return other ? [{ pr: column, production: other }] : [];
  });
}
function chooseKey(dialect, candidates, paired) {
  const notes = [];
  for (const candidate of candidates) {
    const columns2 = candidate.columns.map((name) => paired.find((c) => dialect.sameColumn(name, c.pr.name)));
    const missing = candidate.columns.filter((_, i) => columns2[i] === void 0);
    if (missing.length === 0) return { key: { candidate, columns: columns2 }, notes };
    notes.push(
      `The key ${keyWords(candidate)} is not a column of both relations (${missing.map((m) => `\`${m}\``).join(", ")}).`
    );
  }
  return { key: null, notes };
}
function keyWords(candidate) {
  const columns2 = candidate.columns.map((column) => `\`${column}\``).join(", ");
  const from = {
    meta: "from `meta.slim_ci.key`",
    unique_key: "from the `unique_key` config",
    primary_key: "from the `primary_key` constraint",
    test: "from its `unique` and `not_null` tests"
  }[candidate.source];
  return `${columns2} (${from})`;
}
function samplePerMillion(rows, rowLimit) {
  if (rows <= rowLimit) return null;
  return Math.max(1, Math.floor(BUCKETS * rowLimit / rows));
}
function count(value) {
  const number = Number(value ?? 0);
  if (!Number.isFinite(number)) throw new Error(`The warehouse returned ${String(value)} for a count.`);
  return number;
}
function readCounts(rows) {
  const side = (name) => {
    const row3 = rows.find((r) => r.side === name);
    if (!row3) throw new Error(`The row count query returned no row for ${name}.`);
    return {
      rows: count(row3.row_count),
      nullKeys: count(row3.null_keys),
      distinctKeys: count(row3.distinct_keys)
    };
  };
  return { pr: side("pr"), production: side("production") };
}
function readKeyDiff(row3, key3, columns2, sample) {
  return {
    columns: key3.columns.map((column) => column.pr.name),
    source: key3.candidate.source,
    sample: sample === null ? null : { perMillion: sample, by: "key" },
    onlyInProduction: count(row3.only_in_production),
    onlyInPr: count(row3.only_in_pr),
    matched: count(row3.matched),
    changed: count(row3.changed),
    changedByColumn: columns2.map((column, i) => ({ column: column.pr.name, count: count(row3[`d${i}`]) })),
    examples: null,
    examplesHidden: null
  };
}
function readExamples(rows) {
  const of = (kind) => rows.filter((row3) => row3.kind === kind).map((row3) => String(row3.key_text)).slice(0, EXAMPLE_KEYS);
  return { onlyInProduction: of("only_in_production"), onlyInPr: of("only_in_pr"), changed: of("changed") };
}
function readProfile(row3, columns2) {
  const rows = count(row3.row_count);
  const text = (value) => value === null || value === void 0 ? null : String(value);
  return {
    rows,
    columns: new Map(
      columns2.map((column, i) => [
        column.name,
        {
          nulls: rows - count(row3[`v${i}`]),
          distinct: count(row3[`d${i}`]),
          min: text(row3[`min${i}`]),
          max: text(row3[`max${i}`])
        }
      ])
    )
  };
}

// src/datadiff/run-diff.ts
async function runDataDiff(queries, dialect, plan2, limits, clock = () => performance.now()) {
  const started = clock();
  const left = () => limits.totalMs - (clock() - started);
  const skipped = skippedModels(plan2);
  if (plan2.targets.length === 0) return skipped;
  const catalog = await readCatalog(
    queries,
    dialect,
    plan2.targets,
    Math.min(limits.modelTimeoutMs, left())
  ).catch((error) => error);
  const diffs = [];
  for (const target of plan2.targets) {
    const base = emptyDiff(target.uniqueId, target.pr.sql, target.production.sql);
    if (catalog instanceof Error) {
      diffs.push({
        ...base,
        status: "failed",
        reason: `Reading the warehouse catalog failed: ${catalog.message}`
      });
    } else if (left() <= 0) {
      diffs.push({
        ...base,
        status: "skipped",
        reason: `The data diff's time budget of ${seconds(limits.totalMs)} was spent before this model.`
      });
    } else {
      diffs.push(
        await diffModel(
          queries,
          dialect,
          target,
          catalog,
          limits,
          Math.min(limits.modelTimeoutMs, left()),
          clock
        )
      );
    }
  }
  return [...diffs, ...skipped];
}
function skippedModels(plan2) {
  return plan2.skipped.map((skip) => ({
    ...emptyDiff(skip.uniqueId, skip.pr, skip.production),
    status: "skipped",
    reason: skip.reason
  }));
}
function emptyDiff(uniqueId, pr, production) {
  return {
    uniqueId,
    status: "compared",
    pr,
    production,
    reason: null,
    notes: [],
    schema: null,
    rows: null,
    key: null,
    profile: null,
    durationSeconds: 0
  };
}
async function readCatalog(queries, dialect, targets, timeoutMs) {
  const rows = await queries.readQuery(
    dialect.catalog(targets.flatMap((target) => [target.pr, target.production])),
    { timeoutMs }
  );
  const catalog = /* @__PURE__ */ new Map();
  for (const row3 of rows) {
    const key3 = dialect.catalogKey(String(row3.schema_name), String(row3.table_name));
    catalog.set(key3, [
      ...catalog.get(key3) ?? [],
      { name: String(row3.column_name), type: String(row3.data_type) }
    ]);
  }
  return catalog;
}
async function diffModel(queries, dialect, target, catalog, limits, timeoutMs, clock) {
  const started = clock();
  const diff = emptyDiff(target.uniqueId, target.pr.sql, target.production.sql);
  const finish = () => ({ ...diff, durationSeconds: (clock() - started) / 1e3 });
  const prColumns = catalog.get(dialect.catalogKey(target.pr.schema, target.pr.name));
  const productionColumns = catalog.get(dialect.catalogKey(target.production.schema, target.production.name));
  if (!prColumns)
    return {
      ...finish(),
      status: "failed",
      reason: `The PR relation ${target.pr.sql} is not in the warehouse catalog.`
    };
  if (!productionColumns)
    return {
      ...finish(),
      status: "skipped",
      reason: `Production has no relation ${target.production.sql} (not deployed yet?).`
    };
  diff.schema = schemaDiff(dialect, productionColumns, prColumns);
  const paired = pairColumns(dialect, prColumns, productionColumns);
  const chosen = chooseKey(dialect, target.keys, paired);
  diff.notes.push(...chosen.notes);
  const sides = { pr: target.pr, production: target.production };
  let step = "row counts";
  const query = (sql) => {
    const remaining = timeoutMs - (clock() - started);
    if (remaining <= 0) return Promise.reject(new StatementTimeoutError(timeoutMs));
    return queries.readQuery(sql, { timeoutMs: remaining });
  };
  try {
    let key3 = chosen.key;
    const counts = readCounts(await query(countsSql(dialect, sides, key3?.columns ?? null)));
    diff.rows = { pr: counts.pr.rows, production: counts.production.rows };
    const sample = samplePerMillion(Math.max(counts.pr.rows, counts.production.rows), limits.rowLimit);
    if (key3) {
      const duplicated = ["pr", "production"].filter(
        (side) => counts[side].distinctKeys !== counts[side].rows - counts[side].nullKeys
      );
      if (duplicated.length > 0) {
        diff.notes.push(
          `The key ${keyWords(key3.candidate)} is not unique in ${duplicated.map((side) => side === "pr" ? "the PR" : "production").join(" and ")}: profiled the columns instead.`
        );
        key3 = null;
      } else if (counts.pr.nullKeys + counts.production.nullKeys > 0) {
        diff.notes.push(
          `Rows with a null key were left out of the key comparison: ${counts.pr.nullKeys} in the PR, ${counts.production.nullKeys} in production.`
        );
      }
    }
    if (key3) {
      step = "key comparison";
      await compareByKey(
        diff,
        dialect,
        sides,
        key3,
        paired,
        sample,
        target,
        query,
        () => step = "example keys"
      );
    } else {
      step = "column profile";
      await profileColumns(diff, dialect, sides, prColumns, productionColumns, sample, target, query);
    }
  } catch (error) {
    const done = diff.rows !== null;
    if (error instanceof StatementTimeoutError) {
      diff.status = done ? "partial" : "failed";
      const message = `Stopped at the time limit of ${seconds(timeoutMs)} during the ${step}.`;
      if (done) diff.notes.push(message);
      else diff.reason = message;
    } else {
      diff.status = done ? "partial" : "failed";
      const message = `The ${step} query failed: ${error instanceof Error ? error.message : String(error)}`;
      if (done) diff.notes.push(message);
      else diff.reason = message;
    }
  }
  return finish();
}
async function compareByKey(diff, dialect, sides, key3, paired, sample, target, query, onExamples) {
  const keyNames = new Set(key3.columns.map((column) => column.pr.name));
  const compared = paired.filter((column) => !keyNames.has(column.pr.name));
  const keyQuery = { sides, key: key3.columns, columns: compared, samplePerMillion: sample };
  const [row3] = await query(keyDiffSql(dialect, keyQuery));
  diff.key = readKeyDiff(row3, key3, compared, sample);
  const { onlyInPr, onlyInProduction, changed } = diff.key;
  if (onlyInPr + onlyInProduction + changed === 0) return;
  const pii = key3.columns.filter((column) => target.isPii(column.pr.name)).map((column) => `\`${column.pr.name}\``);
  if (pii.length > 0) {
    diff.key.examplesHidden = `The key ${pii.join(", ")} is PII: its values are never shown.`;
    return;
  }
  onExamples();
  diff.key.examples = readExamples(await query(exampleKeysSql(dialect, keyQuery)));
}
async function profileColumns(diff, dialect, sides, prColumns, productionColumns, sample, target, query) {
  const show = (column) => !target.isPii(column.name);
  const [prRow] = await query(profileSql(dialect, sides.pr, prColumns, show, sample));
  const [productionRow] = await query(profileSql(dialect, sides.production, productionColumns, show, sample));
  const pr = readProfile(prRow, prColumns);
  const production = readProfile(productionRow, productionColumns);
  const names = [
    ...prColumns.map((column) => column.name),
    ...productionColumns.filter((c) => !prColumns.some((p) => dialect.sameColumn(p.name, c.name))).map((c) => c.name)
  ];
  const columns2 = names.map((name) => {
    const productionName = productionColumns.find((c) => dialect.sameColumn(name, c.name))?.name;
    return {
      column: name,
      pr: pr.columns.get(name) ?? null,
      production: productionName === void 0 ? null : production.columns.get(productionName) ?? null,
      pii: target.isPii(name)
    };
  });
  diff.profile = {
    sample: sample === null ? null : { perMillion: sample, by: "row" },
    rows: { pr: pr.rows, production: production.rows },
    columns: columns2
  };
}
function seconds(ms) {
  return formatDuration(ms / 1e3);
}

// src/datadiff/sql/postgres.ts
var TEXT_COMPARED = /^(json|xml|point|line|lseg|box|path|polygon|circle)\b/;
var ORDERABLE = /^(smallint|integer|bigint|numeric|real|double precision|money|date|time|timestamp|interval)\b/;
var POSTGRES_DIALECT = {
  quote: quoteIdent,
  literal: (text) => `'${text.replaceAll("'", "''")}'`,
  asText: (expr) => `CAST(${expr} AS text)`,
  // hashtext is int4; masking the sign bit keeps the modulo non-negative.
  bucket: (expr) => `mod(hashtext(CAST(${expr} AS text)) & 2147483647, ${BUCKETS})`,
  rowBucket: (alias) => `mod(hashtext(CAST(${alias} AS text)) & 2147483647, ${BUCKETS})`,
  comparable: (expr, type) => TEXT_COMPARED.test(type) ? `CAST(${expr} AS text)` : expr,
  orderable: (type) => ORDERABLE.test(type),
  catalog(relations) {
    const pairs = relations.map((r) => `(${this.literal(r.schema)}, ${this.literal(r.name)})`).join(", ");
    return [
      "SELECT n.nspname AS schema_name, c.relname AS table_name, a.attname AS column_name,",
      "       format_type(a.atttypid, a.atttypmod) AS data_type, a.attnum AS position",
      "  FROM pg_catalog.pg_attribute a",
      "  JOIN pg_catalog.pg_class c ON c.oid = a.attrelid",
      "  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace",
      ` WHERE a.attnum > 0 AND NOT a.attisdropped AND (n.nspname, c.relname) IN (${pairs})`,
      " ORDER BY n.nspname, c.relname, a.attnum"
    ].join("\n");
  },
  catalogKey: (schema, name) => `${schema}.${name}`,
  sameColumn: (manifestName, catalogName) => manifestName === catalogName
};

// src/datadiff/sql/snowflake.ts
var TEXT_COMPARED2 = /^(GEOGRAPHY|GEOMETRY|VECTOR)\b/i;
var ORDERABLE2 = /^(NUMBER|DECIMAL|NUMERIC|INT|INTEGER|BIGINT|SMALLINT|FLOAT|DOUBLE|REAL|DATE|TIME|TIMESTAMP)/i;
var SNOWFLAKE_DIALECT = {
  quote: quoteIdentifier,
  literal: stringLiteral,
  asText: (expr) => `TO_VARCHAR(${expr})`,
  bucket: (expr) => `MOD(ABS(HASH(TO_VARCHAR(${expr}))), ${BUCKETS})`,
  rowBucket: (alias) => `MOD(ABS(HASH(${alias}.*)), ${BUCKETS})`,
  comparable: (expr, type) => TEXT_COMPARED2.test(type) ? `TO_VARCHAR(${expr})` : expr,
  orderable: (type) => ORDERABLE2.test(type),
  catalog(relations) {
    const byDatabase = /* @__PURE__ */ new Map();
    for (const relation of relations) {
      const database = relation.database ?? "";
      byDatabase.set(database, [...byDatabase.get(database) ?? [], relation]);
    }
    return [...byDatabase.entries()].map(([database, refs]) => {
      const from = database === "" ? "INFORMATION_SCHEMA.COLUMNS" : `${quoteIdentifier(database.toUpperCase())}.INFORMATION_SCHEMA.COLUMNS`;
      const pairs = refs.map((r) => `(${stringLiteral(r.schema.toUpperCase())}, ${stringLiteral(r.name.toUpperCase())})`).join(", ");
      return [
        "SELECT table_schema AS schema_name, table_name, column_name,",
        "       data_type || CASE WHEN data_type = 'NUMBER' THEN '(' || numeric_precision || ',' || numeric_scale || ')' ELSE '' END AS data_type,",
        "       ordinal_position AS position",
        `  FROM ${from}`,
        ` WHERE (UPPER(table_schema), UPPER(table_name)) IN (${pairs})`
      ].join("\n");
    }).join("\nUNION ALL\n").concat("\nORDER BY schema_name, table_name, position");
  },
  catalogKey: (schema, name) => `${schema.toUpperCase()}.${name.toUpperCase()}`,
  sameColumn: (manifestName, catalogName) => manifestName.toUpperCase() === catalogName.toUpperCase()
};

// src/datadiff/step.ts
var DIALECTS = {
  postgres: POSTGRES_DIALECT,
  snowflake: SNOWFLAKE_DIALECT
};
async function diffData(flow, input) {
  const { env, report } = flow;
  const settings = env.settings.dataDiff;
  if (settings.mode === "off") return;
  const built = /* @__PURE__ */ new Map();
  for (const invocation of report.invocations) {
    if (invocation.commandLine.startsWith("dbt clone")) continue;
    for (const result of invocation.results ?? []) built.set(result.uniqueId, result.status);
  }
  const modified = (report.plan?.changes ?? []).filter((change) => change.status === "modified").map((c) => c.uniqueId);
  const chosen = settings.select.length === 0 ? null : chosenModels(flow, input);
  const plan2 = planDataDiff({
    current: input.current,
    production: input.production,
    modified,
    built,
    chosen,
    settings
  });
  if (plan2.targets.length === 0 && plan2.skipped.length === 0) return;
  const started = performance.now();
  let models = skippedModels(plan2);
  let error = null;
  if (plan2.targets.length > 0) {
    try {
      models = await env.log.group("Data diff against production", async () => {
        const warehouse = await env.connectWarehouse();
        try {
          return await runDataDiff(warehouse, DIALECTS[warehouse.kind], plan2, limitsOf(settings));
        } finally {
          await warehouse.close();
        }
      });
    } catch (failure) {
      error = failure instanceof Error ? failure.message : String(failure);
      env.log.warning(`The data diff could not run: ${error}`);
    }
  }
  report.dataDiff = {
    limits: {
      rowLimit: settings.rowLimit,
      modelTimeoutSeconds: settings.modelTimeoutSeconds,
      timeBudgetSeconds: settings.timeBudgetSeconds
    },
    piiRule: describePiiRule(settings),
    error,
    models,
    durationSeconds: (performance.now() - started) / 1e3
  };
  for (const model of models) {
    env.log.info(`Data diff of ${model.uniqueId}: ${model.status}${model.reason ? ` (${model.reason})` : ""}`);
  }
}
function chosenModels(flow, input) {
  const { settings } = flow.env;
  try {
    return new Set(
      selectNodes({
        current: input.current,
        state: input.production,
        comparison: input.comparison,
        select: settings.dataDiff.select,
        exclude: [],
        indirectSelection: "empty"
      }).selected
    );
  } catch (error) {
    throw new UserError(
      `${settingLabel("data-diff-select", settings.front)}: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error }
    );
  }
}
function limitsOf(settings) {
  return {
    rowLimit: settings.rowLimit,
    modelTimeoutMs: settings.modelTimeoutSeconds * 1e3,
    totalMs: settings.timeBudgetSeconds * 1e3
  };
}

// src/defer/dbt-args.ts
function selectionArgs(selection) {
  const args = selection.selector ? ["--selector", selection.selector] : ["--select", ...selection.select];
  if (selection.exclude.length > 0) args.push("--exclude", ...selection.exclude);
  args.push("--indirect-selection", selection.indirectSelection);
  return args;
}
function describeSelection(selection) {
  if (selection.selector) return `--selector ${selection.selector}`;
  return [...selection.select, ...selection.exclude.map((e) => `--exclude ${e}`)].join(" ");
}
function deferArgs(stateDir, favorState) {
  return ["--defer", "--state", stateDir, ...favorState ? ["--favor-state"] : []];
}
var INCREMENTAL_CLONE_SELECTOR = "state:modified+,config.materialized:incremental,state:old";

// src/defer/deferrals.ts
function deferralsOf(run2, state, built) {
  if (!state) return [];
  const refs = [];
  for (const id of [...built].sort()) {
    const node = run2.nodes.get(id);
    if (!node?.compiledCode || node.resourceType === "unit_test") continue;
    for (const upstreamId of node.dependsOnNodes) {
      const upstream = run2.nodes.get(upstreamId);
      if (built.has(upstreamId) || !upstream || !isRelational(upstream)) continue;
      const production = state.nodes.get(upstreamId)?.relationName;
      if (production && node.compiledCode.includes(production)) {
        refs.push({ node: id, upstream: upstreamId, productionRelation: production });
      }
    }
  }
  return refs;
}

// src/defer/incremental-clones.ts
var ZERO_COPY_CLONE_ADAPTERS = /* @__PURE__ */ new Set(["snowflake", "bigquery", "databricks", "spark"]);
var TABLE_MATERIALIZATIONS = /* @__PURE__ */ new Set(["table", "incremental", "seed", "snapshot"]);
function incrementalClonesOf(results, current, production) {
  const canClone = ZERO_COPY_CLONE_ADAPTERS.has(current.metadata.adapterType ?? "");
  return results.flatMap((result) => {
    if (result.status !== "success" || result.message === "No-op") return [];
    const from = production.nodes.get(result.uniqueId);
    const to = current.nodes.get(result.uniqueId)?.relationName;
    if (!from?.relationName || !to) return [];
    const method = canClone && TABLE_MATERIALIZATIONS.has(String(from.config.materialized)) ? "zero-copy" : "view";
    return [{ uniqueId: result.uniqueId, purpose: "incremental", from: from.relationName, to, method }];
  });
}

// src/defer/self-check.ts
var EXECUTED_BY = {
  build: /* @__PURE__ */ new Set(["model", "seed", "snapshot", "test", "unit_test", "function"]),
  run: /* @__PURE__ */ new Set(["model"]),
  test: /* @__PURE__ */ new Set(["test", "unit_test"]),
  seed: /* @__PURE__ */ new Set(["seed"]),
  snapshot: /* @__PURE__ */ new Set(["snapshot"])
};
function executedTypes(commands) {
  return new Set(commands.flatMap((command) => [...EXECUTED_BY[command] ?? []]));
}
function executableNodes(manifest, selected, commands) {
  const types2 = executedTypes(commands);
  const executable = /* @__PURE__ */ new Set();
  for (const id of selected) {
    const node = manifest.nodes.get(id);
    if (!node || !types2.has(node.resourceType)) continue;
    if (node.resourceType === "model" && node.config.materialized === "ephemeral") continue;
    executable.add(id);
  }
  return executable;
}
function selfCheck(planned, executed) {
  return {
    plannedNotExecuted: [...planned].filter((id) => !executed.has(id)).sort(),
    executedNotPlanned: [...executed].filter((id) => !planned.has(id)).sort()
  };
}
function executedNodes(manifest, reported, commands) {
  const types2 = executedTypes(commands);
  return new Set(
    reported.filter((id) => {
      const type = manifest.nodes.get(id)?.resourceType;
      return type === void 0 || types2.has(type);
    })
  );
}

// src/defer/flow.ts
function runDefer(env) {
  return runFlow("defer", env, async (flow) => {
    env.dbt.warmUp();
    const state = await flow.step("resolve production state", () => env.resolveState());
    flow.report.state = state.provenance;
    const pr = await flow.step("name the PR schema", () => prEnvironmentOf(env));
    const current = await flow.step(
      "parse",
      () => env.log.group("Parse the pull request\u2019s project", () => parseProject(env, pr.dbtEnv))
    );
    const build = {
      state,
      current,
      schema: pr.schema,
      dbtEnv: pr.dbtEnv,
      selection: env.settings.selection
    };
    await flow.step("check the PR schemas", async () => {
      assertPrNamesFit(current, pr.schema, settingMention("schema-prefix", env.settings.front));
      assertBuildsOutsideProduction(current, await productionNaming(env, state.manifest), pr.schema);
    });
    const history = await flow.step("read git history", () => historyOf(env, state));
    const { selected, planned, comparison } = await flow.step("plan", () => plan(flow, build, history));
    const copies = await flow.step(
      "size what the merge copies",
      () => previewMergeCopies(env, current, state.manifest, selected)
    );
    if (copies.length > 0 && flow.report.mergePreview) flow.report.mergePreview.copies = copies;
    await flow.step("check where the PR builds", () => assertBuildsInPrSchemas(current, planned, pr.schema));
    if (planned.size === 0 && flow.report.changeOrigins?.leftOut.length) {
      env.log.info(
        "Only main changed nodes since the last deploy, and selection-scope is pr: nothing to build."
      );
      return flow.skip(
        "This pull request changes no node; the nodes that differ from production changed on main since the last deploy (selection-scope: pr)."
      );
    }
    if (planned.size === 0) {
      env.log.info("Nothing differs from production state: no dbt build needed.");
      return flow.skip("No node differs from production state: nothing to build.");
    }
    env.log.info(`${selected.length} nodes selected (${planned.size} to execute) into schema ${pr.schema}.`);
    await flow.step("mark the PR schemas", () => claimPrSchemas(env, current, planned));
    if (env.settings.cloneIncremental && state.dir) {
      await flow.step("clone incremental models", () => cloneIncremental(flow, build, state.dir));
    }
    const executed = await flow.step("build", () => runBuild(flow, build));
    if (env.settings.dryRun) {
      flow.report.statusReason = `Dry run: would build ${planned.size} nodes into schema ${pr.schema}; nothing was built.`;
      return;
    }
    await flow.step("read deferrals", () => readDeferrals(flow, build, executed));
    await flow.step("self-check", () => checkExecuted(flow, build, planned));
    if (state.manifest) {
      const production = state.manifest;
      await flow.step("data diff", () => diffData(flow, { current, production, comparison }));
    }
    await flow.step("cost diff", () => diffCost(flow, state.dir, current.metadata.adapterType));
  });
}
async function plan(flow, build, history) {
  const { settings, log } = flow.env;
  const { state, current } = build;
  const production = state.manifest;
  const comparison = production ? compareManifests(current, production) : null;
  for (const warning of comparison?.warnings ?? []) log.warning(`${warning.uniqueId}: ${warning.message}`);
  let artifacts = await loadSelectionArtifacts({
    stateDir: state.dir,
    projectDir: settings.dbt.projectDir,
    currentTargetDir: targetFolder(flow.env.workDir, build.dbtEnv),
    indirectSelection: settings.selection.indirectSelection
  });
  if (production && selectionMethods(build.selection, artifacts.selectors).has("source_status"))
    artifacts = await checkFreshness(flow, build, artifacts);
  const choose = (selection) => {
    const selected2 = production ? selectNodes({
      current,
      state: production,
      comparison,
      select: selection.select,
      exclude: selection.exclude,
      selector: selection.selector,
      indirectSelection: selection.indirectSelection,
      artifacts,
      command: "build"
    }).selected : [...current.nodes.keys()].sort();
    const selector = production ? describeSelection(selection) : "everything (no production state)";
    return { selected: selected2, summary: summarizePlan(current, production, comparison, selector, selected2) };
  };
  let { selected, summary } = choose(build.selection);
  if (history && production) {
    const scoped = scopeChanges(
      settings.selection.scope,
      current,
      production,
      summary.plan.changes,
      selected,
      summary.plan.downstream.map((d) => d.uniqueId),
      history
    );
    flow.report.changeOrigins = scoped.report;
    if (scoped.report.behindBy > 0) log.warning(behindWarning(scoped.report));
    if (scoped.excludes.length > 0) {
      build.selection = { ...build.selection, exclude: [...build.selection.exclude, ...scoped.excludes] };
      const everything = summary.nodes;
      ({ selected, summary } = choose(build.selection));
      summary.nodes = { ...everything, ...summary.nodes };
    }
  }
  const strategy = deployStrategyOf(current.metadata.adapterType);
  const mergePreview = {
    ...summary.mergePreview,
    deletedRelations: settings.deploy.deletedRelations,
    ...strategy ? { strategy } : {}
  };
  Object.assign(flow.report, { plan: summary.plan, nodes: summary.nodes, mergePreview });
  const fatal = summary.plan.changes.flatMap(
    (c) => c.reasons.filter((r) => r.code === "contract_changed" && r.fatal).map((r) => `${c.uniqueId}: ${r.message}`)
  );
  if (fatal.length > 0) {
    throw new UserError(
      `Breaking contract change on a versioned model, which dbt refuses:
${fatal.join("\n")}`,
      { hint: "Add a new model version instead of changing the contract of an existing one." }
    );
  }
  const commands = settings.dbt.commands.map((c) => c[0]);
  return { selected, planned: executableNodes(current, selected, commands), comparison };
}
async function checkFreshness(flow, build, artifacts) {
  const { env } = flow;
  const stateSources = artifacts.stateSources;
  if (stateSources === null) {
    throw new UserError(
      `The selection uses \`source_status:\`, which compares sources with production's freshness, but the production state has no sources.json.`,
      {
        hint: (env.settings.front === "cli" ? "Deploy with `dbt-slim-ci deploy --source-freshness`" : `Set ${howToSet("source-freshness", "true", "action")} in the deploy workflow`) + ": its next run publishes sources.json with the state. Until then, select without `source_status:`."
      }
    );
  }
  const freshness2 = await runSourceFreshness(env, build.dbtEnv, false);
  flow.report.freshness = freshness2;
  if (freshness2.file === null) {
    throw new UserError(
      `The selection uses \`source_status:\`, but \`${freshness2.commandLine}\` wrote no sources.json (exit ${freshness2.exitCode}), so which sources are fresher than production cannot be computed.`,
      {
        hint: "Fix what the log of that dbt command shows (the sources need a `loaded_at_field` and a `freshness` config), or select without `source_status:`."
      }
    );
  }
  const currentSources = parseFreshness(await readFile6(freshness2.file, "utf8"), freshness2.file);
  freshness2.fresher = [...fresherSources(stateSources, currentSources)].sort();
  return { ...artifacts, currentSources };
}
async function cloneIncremental(flow, build, stateDir) {
  const clone = await runRecorded(
    flow.env,
    flow.report,
    ["clone", "--select", INCREMENTAL_CLONE_SELECTOR, "--state", stateDir],
    build.dbtEnv,
    { phase: "dbt clone", message: "dbt clone failed" }
  );
  const production = build.state.manifest;
  if (production)
    flow.report.clones.push(...incrementalClonesOf(clone?.results ?? [], build.current, production));
}
async function runBuild(flow, { state, dbtEnv, selection }) {
  const { env, report } = flow;
  const { settings } = env;
  const executed = /* @__PURE__ */ new Set();
  for (const command of report.status === "failure" ? [] : settings.dbt.commands) {
    const args = [
      ...command,
      ...state.manifest ? selectionArgs(selection) : [],
      ...state.dir ? deferArgs(state.dir, settings.favorState) : [],
      ...settings.dbt.args
    ];
    const results = await runRecorded(env, report, args, dbtEnv, {
      phase: `dbt ${command[0]}`,
      message: `dbt ${command[0]} failed`
    });
    results?.results.forEach((r) => r.status !== "skipped" && executed.add(r.uniqueId));
    if (report.status === "failure") break;
  }
  return executed;
}
async function readDeferrals(flow, { state, dbtEnv }, executed) {
  const runManifest = await loadManifest(path8.join(targetFolder(flow.env.workDir, dbtEnv), "manifest.json"), {
    keepCompiledCode: true
  }).catch(() => null);
  if (runManifest) flow.report.deferredRefs = deferralsOf(runManifest, state.manifest, executed);
}
function checkExecuted(flow, { current }, planned) {
  const { report, env } = flow;
  const commands = env.settings.dbt.commands.map((c) => c[0]);
  const reported = report.invocations.filter((i) => !i.commandLine.startsWith("dbt clone")).flatMap((i) => (i.results ?? []).map((r) => r.uniqueId));
  const check = selfCheck(planned, executedNodes(current, reported, commands));
  report.selfCheck = check;
  if (check.plannedNotExecuted.length > 0 || check.executedNotPlanned.length > 0) {
    env.log.warning(
      `dbt executed a different set of nodes than planned: planned but not executed ${check.plannedNotExecuted.join(", ") || "none"}; executed but not planned ${check.executedNotPlanned.join(", ") || "none"}.`
    );
  }
}

// src/report/wording.ts
var plainInline = { code: (text) => text, text: (text) => text };
var VALUE_MAX = 80;
function formatValue(value, inline) {
  if (value === void 0) return "(unset)";
  return inline.code(
    clip(typeof value === "string" ? value : JSON.stringify(distinctEntries(value)), VALUE_MAX)
  );
}
function formatChanges(changes, inline) {
  return changes.map(
    (change) => `${inline.code(change.key)} ${formatValue(change.old, inline)} \u2192 ${formatValue(change.new, inline)}`
  ).join(", ");
}
function formatList(names, inline) {
  return names.map((name) => inline.code(name)).join(", ");
}
function describeReason(reason, inline) {
  switch (reason.code) {
    case "new":
      return "new: not in production state";
    case "removed":
      return "removed: in production state, gone from this branch";
    case "body_changed":
      return "SQL body changed";
    case "generic_test_body_changed":
      return `test definition changed (only ${inline.code("state:modified.body")} selects this)`;
    case "seed_checksum_changed": {
      const contents = `seed contents changed (checksum ${inline.code(clip(reason.oldHash.checksum, 12))} \u2192 ${inline.code(clip(reason.newHash.checksum, 12))})`;
      return reason.warning ? `${contents}; ${inline.text(reason.warning)}` : contents;
    }
    case "config_changed":
      return `config changed: ${formatChanges(reason.changes, inline)}`;
    case "relation_changed":
      return `relation changed: ${formatChanges(reason.changes, inline)}`;
    case "generic_test_relation_changed":
      return `test relation config changed: ${formatChanges(reason.changes, inline)} (only ${inline.code("state:modified.relation")} selects this)`;
    case "description_changed": {
      const where = [
        ...reason.relation ? ["model description"] : [],
        ...reason.columns.length ? [`columns ${formatList(reason.columns, inline)}`] : []
      ];
      return `persisted description changed${where.length ? `: ${where.join("; ")}` : ""}`;
    }
    case "fqn_changed":
      return `moved: ${inline.code(reason.old.join("."))} \u2192 ${inline.code(reason.new.join("."))}`;
    case "contract_changed": {
      if (reason.breaking.length === 0)
        return "contract changed (not breaking: nothing consumers rely on was removed)";
      const details2 = reason.breaking.map((change) => inline.text(change.detail)).join("; ");
      const fatal = reason.fatal ? " \u2014 dbt refuses to build it: versioned models need a new version" : "";
      return `breaking contract change: ${details2}${fatal}`;
    }
    case "ref_representation_changed":
      return `a ref now resolves differently: ${formatChanges(reason.changes, inline)}`;
    case "macro_changed":
      return `macro ${inline.code(reason.chain[reason.chain.length - 1] ?? "?")} ${reason.macroChange}${reason.chain.length > 1 ? `, used via ${reason.chain.map((macro) => inline.code(macro)).join(" \u2192 ")}` : ""}`;
    case "field_changed":
      return `changed: ${formatChanges(reason.changes, inline)}`;
  }
}
var MODE_TITLES = {
  defer: "dbt Slim CI",
  deploy: "Blue/green deploy",
  rollback: "Rollback",
  cleanup: "PR schema cleanup",
  gc: "Schema garbage collection"
};
var DRY_RUN_PROMISE = "Nothing was changed: no dbt build, no warehouse statement, no state published, no comment posted.";
var STATUS_WORDS = { failure: "failed", skipped: "skipped", cancelled: "cancelled" };
function statusWord(report) {
  if (report.dryRun) {
    if (report.status === "success") return "dry run finished";
    return `dry run ${STATUS_WORDS[report.status]}`;
  }
  if (report.status === "success") return report.mode === "defer" ? "passed" : "succeeded";
  return STATUS_WORDS[report.status];
}
function notComparedReason(report) {
  return report.state.source === "none" ? "there is no production state yet, so every node is built as new" : "this run builds every node";
}
function stateMatters(report) {
  return report.mode === "defer" || report.mode === "deploy" || report.state.source !== "none";
}
function outcomeOf(status) {
  switch (status) {
    case "error":
    case "fail":
    case "runtime error":
    case "partial success":
      return "failed";
    case "warn":
      return "warned";
    case "success":
    case "pass":
      return "passed";
    case "skipped":
      return "skipped";
    case "no-op":
      return "no-op";
    case "reused":
      return "reused";
  }
}
var OUTCOME_EMOJI = {
  failed: "\u274C",
  warned: "\u26A0\uFE0F",
  passed: "\u2705",
  skipped: "\u23ED\uFE0F",
  reused: "\u267B\uFE0F",
  "no-op": "\u2796"
};
var OUTCOME_ORDER = ["failed", "warned", "skipped", "passed", "reused", "no-op"];
var RESOURCE_TYPE_PLURALS = {
  model: "models",
  seed: "seeds",
  snapshot: "snapshots",
  test: "data tests",
  unit_test: "unit tests",
  analysis: "analyses",
  operation: "operations",
  sql_operation: "SQL operations",
  source: "sources",
  exposure: "exposures",
  metric: "metrics",
  semantic_model: "semantic models",
  saved_query: "saved queries",
  function: "functions"
};
var RESOURCE_TYPE_SINGULARS = {
  model: "model",
  seed: "seed",
  snapshot: "snapshot",
  test: "data test",
  unit_test: "unit test",
  analysis: "analysis",
  operation: "operation",
  sql_operation: "SQL operation",
  source: "source",
  exposure: "exposure",
  metric: "metric",
  semantic_model: "semantic model",
  saved_query: "saved query",
  function: "function"
};
var RESOURCE_TYPE_ORDER = [
  "model",
  "seed",
  "snapshot",
  "source",
  "test",
  "unit_test",
  "function",
  "semantic_model",
  "metric",
  "saved_query",
  "exposure",
  "analysis",
  "operation",
  "sql_operation"
];
function resourceTypeWord(type) {
  return RESOURCE_TYPE_SINGULARS[type];
}
function nodeName(report, uniqueId) {
  const known = report.nodes[uniqueId]?.name;
  if (known !== void 0) return known;
  const [type, , ...rest] = uniqueId.split(".");
  if (rest.length === 0) return uniqueId;
  if (type === "unit_test") return rest.join("::");
  if (type === "test" && rest.length > 1) return rest.slice(0, -1).join(".");
  return rest.join(".");
}
function nodeTypeWord(report, uniqueId) {
  const type = report.nodes[uniqueId]?.resourceType ?? uniqueId.split(".")[0];
  return type in RESOURCE_TYPE_SINGULARS ? RESOURCE_TYPE_SINGULARS[type] : null;
}
function typedNodeName(report, uniqueId) {
  const word = nodeTypeWord(report, uniqueId);
  return `${word ? `${word} ` : ""}${nodeName(report, uniqueId)}`;
}
function resourceTypePlural(type) {
  return RESOURCE_TYPE_PLURALS[type];
}
var DEPLOY_WORDS = {
  copy: { verb: "copied", rest: "nothing else is copied" },
  "zero-copy": {
    verb: "cloned zero-copy",
    rest: "the clone shares their storage until green rewrites them, and every other table is cloned too"
  },
  previousKept: "Previous version kept",
  rolledBackKept: "Rolled-back version kept",
  reapply: "Run rollback again to re-apply the deploy that was rolled back."
};
function cloneVerb(clones) {
  if (clones.every((clone) => clone.method === "copy")) return DEPLOY_WORDS.copy.verb;
  if (clones.every((clone) => clone.method === "zero-copy")) return DEPLOY_WORDS["zero-copy"].verb;
  return "cloned";
}
function swapOutcomeTail(report) {
  if (!report.deploy || report.mode === "rollback") return null;
  if (report.deploy.strategy === "relation") return "every other production relation stayed in place";
  const green = report.clones.filter((clone) => clone.purpose === "green");
  return green.length > 0 && green.every((clone) => clone.method === "zero-copy") ? "green started as a zero-copy clone of production: every table this run did not rebuild is production\u2019s as of the clone, history included" : null;
}
function rollbackInstructions(front) {
  return front === "cli" ? "Run `dbt-slim-ci rollback` with the same `--state` to swap the previous versions back into production." : "Run the deploy workflow with `mode: rollback` to swap the previous versions back into production.";
}
function greenStartWords(preview) {
  const zeroCopy = preview.strategy === "container" || preview.copies?.some((copy) => copy.method === "zero-copy");
  return DEPLOY_WORDS[zeroCopy ? "zero-copy" : "copy"];
}
function mergePlanSentence(preview, inline, strong = (text) => text) {
  if (preview.rebuild.length === 0)
    return "Nothing to rebuild: the deploy will only refresh production state.";
  const nodes = strong(plural(preview.rebuild.length, "node"));
  return preview.strategy === "container" ? `The deploy will clone production zero-copy into green, rebuild ${nodes} there, test them, then swap green with production in one ${inline.code("SWAP WITH")}, keeping the previous production for rollback.` : `The deploy will rebuild ${nodes} into a green schema, test them, then swap.`;
}
function dropsKept(preview, inline) {
  if (preview.deletedRelations === "report")
    return `with ${inline.code("deleted-relations: report")} they stay in production (${inline.code("drop")} removes them)`;
  if (preview.strategy === "container")
    return `the zero-copy clone carries them into the new production even with ${inline.code("deleted-relations: drop")}: drop them by hand`;
  return null;
}

// src/deploy/plan.ts
var PREVIOUS_SUFFIX = "__previous";
var GREEN_SUFFIX = "__green";
function planSchemaSwap(production, green) {
  const greenById = new Map(relationsOf(green).map((relation) => [relation.uniqueId, relation]));
  const pairs = /* @__PURE__ */ new Map();
  const greenOwner = /* @__PURE__ */ new Map();
  for (const relation of relationsOf(production)) {
    const twin = greenById.get(relation.uniqueId);
    if (!twin) continue;
    const productionKey = `${relation.database ?? ""}.${relation.schema}`;
    const greenKey = `${twin.database ?? ""}.${twin.schema}`;
    if (twin.schema === relation.schema && twin.database === relation.database) {
      throw new UserError(
        `${relation.uniqueId} renders to production schema \`${relation.schema}\` also when building green: its schema does not follow DBT_SLIM_CI_SCHEMA. Make the profile's schema \`{{ env_var('DBT_SLIM_CI_SCHEMA', '${relation.schema}') }}\` and let generate_schema_name build custom schemas from target.schema (see the README, "How dbt sees the schema").`
      );
    }
    const existing = pairs.get(productionKey);
    if (existing && existing.green !== twin.schema) {
      throw new UserError(
        `Production schema \`${relation.schema}\` would be built into two green schemas (\`${existing.green}\` and \`${twin.schema}\`): generate_schema_name must map one production schema to one schema per environment.`
      );
    }
    const owner = greenOwner.get(greenKey);
    if (owner !== void 0 && owner !== productionKey) {
      throw new UserError(
        `Green schema \`${twin.schema}\` would receive the relations of two production schemas: generate_schema_name must keep schemas apart in every environment.`
      );
    }
    greenOwner.set(greenKey, productionKey);
    pairs.set(productionKey, {
      level: "schema",
      database: relation.database,
      production: relation.schema,
      green: twin.schema,
      previous: `${relation.schema}${PREVIOUS_SUFFIX}`
    });
  }
  const targets = [...pairs.values()].sort((a, b) => a.production.localeCompare(b.production));
  const productionNames = new Set(targets.map((target) => target.production));
  const clash = targets.find(
    (target) => productionNames.has(target.green) || productionNames.has(target.previous)
  );
  if (clash) {
    throw new UserError(
      `Green or previous schema of \`${clash.production}\` is itself a production schema: choose a different schema naming so green (\`${clash.green}\`) and previous (\`${clash.previous}\`) never collide with production.`
    );
  }
  return targets;
}
function planDatabaseSwap(productionDatabase, greenDatabase) {
  if (productionDatabase.toLowerCase() === greenDatabase.toLowerCase()) {
    throw new UserError(
      `The green database is the production database \`${productionDatabase}\`: make the profile's database \`{{ env_var('DBT_SLIM_CI_DATABASE', '${productionDatabase}') }}\`.`
    );
  }
  return {
    level: "database",
    database: null,
    production: productionDatabase,
    green: greenDatabase,
    previous: `${productionDatabase}${PREVIOUS_SUFFIX}`
  };
}
function assertSwapNamesFit(targets, adapterType) {
  const names = targets.flatMap((target) => [
    { name: target.green, what: `green ${target.level} of \`${target.production}\`` },
    { name: target.previous, what: `previous production ${target.level} of \`${target.production}\`` }
  ]);
  assertNamesFit(
    names,
    adapterType,
    `Use a shorter production ${targets[0]?.level ?? "schema"} name (the profile target's, or shorter custom schema names): a deploy adds \`${GREEN_SUFFIX}\` and \`${PREVIOUS_SUFFIX}\` to them.`
  );
}

// src/deploy/deploy-record.ts
function deployDetails(details2) {
  return {
    kind: details2.kind,
    warehouse: details2.warehouse,
    targets: details2.targets
  };
}
function recordedTargets(record, where) {
  const targets = record?.details.targets;
  if (!Array.isArray(targets) || targets.length === 0) {
    throw new UserError(
      `Nothing to roll back to: the production state (${where}) has no state.json from a dbt-slim-ci deploy that swapped schemas. Rollback needs a deploy that kept the previous production.`
    );
  }
  return targets.map((target, index) => {
    const t = target;
    const valid = (t.level === "schema" || t.level === "database") && ["production", "green", "previous"].every((key3) => typeof t[key3] === "string") && (t.database === null || typeof t.database === "string");
    if (!valid)
      throw new UserError(
        `state.json of ${where}: swap target ${index} is malformed; publish state with a new deploy.`
      );
    if (t.previous !== `${String(t.production)}${PREVIOUS_SUFFIX}`)
      throw new UserError(
        `state.json of ${where}: swap target ${index} keeps "${String(t.production)}" as "${String(t.previous)}", which no deploy does; nothing was rolled back. Publish state with a new deploy.`
      );
    return t;
  });
}

// src/deploy/green-marks.ts
async function markGreen(env, warehouse, targets) {
  const owner = { role: "deploy", repository: env.run.repository, pullRequest: null };
  for (const target of targets) {
    const green = { level: target.level, database: target.database, name: target.green };
    try {
      await warehouse.markContainer(green, renewedMark(owner, null, env.now()));
    } catch (error) {
      env.log.warning(`Could not write the ownership mark on ${target.green}: ${error.message}`);
    }
  }
}

// src/deploy/swap-targets.ts
async function swapTargets(env, warehouse, current, productionSchema) {
  const greenEnv = { DBT_SLIM_CI_MODE: "deploy", DBT_SLIM_CI_SCHEMA: `${productionSchema}${GREEN_SUFFIX}` };
  const green = await parseProject(env, greenEnv);
  const targets = planSchemaSwap(current, green);
  const database = targets[0]?.database;
  if (targets.length > 1 && warehouse.capabilities.databaseSwap && !warehouse.capabilities.atomicMultiSchemaSwap && database) {
    const greenDatabase = `${database}${GREEN_SUFFIX}`;
    return {
      targets: [planDatabaseSwap(database, greenDatabase)],
      greenEnv: { DBT_SLIM_CI_MODE: "deploy", DBT_SLIM_CI_DATABASE: greenDatabase }
    };
  }
  return { targets, greenEnv };
}

// src/deploy/publish.ts
import { createHash as createHash3 } from "node:crypto";
import { mkdir, readFile as readFile7, writeFile } from "node:fs/promises";
import path9 from "node:path";
async function ledgerManifestOf(file) {
  const content = await readFile7(file);
  return { sha256: createHash3("sha256").update(content).digest("hex"), content };
}
function producerOf(env) {
  return { commitSha: env.run.commitSha, runId: env.run.runId, runUrl: env.run.runUrl };
}
async function publishDeployState(env, publication) {
  try {
    return await env.publishState({
      manifestPath: publication.manifestPath,
      runResultsPath: publication.runResultsPath,
      sourcesPath: publication.sourcesPath ?? null,
      previousManifestPath: publication.previousManifestPath,
      record: {
        ...publication.producer,
        producedAt: env.now().toISOString(),
        dbtVersion: publication.dbtVersion,
        schemas: publication.schemas,
        details: publication.details
      }
    });
  } catch (error) {
    throw new UserError(
      `Deployed, state not yet published: production now serves the new version (recorded in the deploy ledger), but publishing its production state failed: ${error instanceof Error ? error.message : String(error)}`,
      {
        cause: error,
        hint: "Re-run the deploy: it finds the swap in the deploy ledger and publishes the state without swapping again."
      }
    );
  }
}
async function writeLedgerManifests(dir, entry) {
  await mkdir(dir, { recursive: true });
  const manifestPath = path9.join(dir, "manifest.json");
  await writeFile(manifestPath, entry.manifest.content);
  if (!entry.previousManifest) return { manifestPath, previousManifestPath: null };
  const previousManifestPath = path9.join(dir, "previous-manifest.json");
  await writeFile(previousManifestPath, entry.previousManifest.content);
  return { manifestPath, previousManifestPath };
}
async function republishFromLedger(env, state, entry, reason, warehouse) {
  const dir = path9.join(env.workDir, "ledger-state");
  const { manifestPath, previousManifestPath } = await writeLedgerManifests(dir, entry);
  const manifest = await loadManifest(manifestPath);
  const schemas = [...new Set(entry.moves.map((move) => move.production.schema))].sort();
  const location = await publishDeployState(env, {
    manifestPath,
    runResultsPath: null,
    previousManifestPath,
    producer: { commitSha: entry.commitSha, runId: entry.runId, runUrl: entry.runUrl },
    dbtVersion: manifest.metadata.dbtVersion,
    schemas,
    details: { kind: entry.kind, warehouse, strategy: "relation", ledgerEntry: entry.id }
  });
  env.log.info(`${reason}. Republished that state to ${location}.`);
  return {
    dir,
    manifest,
    record: null,
    previousManifestPath,
    provenance: {
      ...state.provenance,
      commitSha: entry.commitSha,
      runId: entry.runId,
      runUrl: entry.runUrl,
      producedAt: entry.recordedAt,
      dbtVersion: manifest.metadata.dbtVersion,
      warnings: [
        ...state.provenance.warnings,
        { code: "other", message: `${reason}; it was republished from the deploy ledger.` }
      ]
    }
  };
}

// src/deploy/selection.ts
import { copyFile, mkdir as mkdir2, readFile as readFile8 } from "node:fs/promises";
import path10 from "node:path";
var PRODUCTION_NAMING = { DBT_SLIM_CI_MODE: "deploy" };
async function selectForDeploy(env, report, current, state, greenEnv) {
  const { settings } = env;
  const production = state.manifest;
  const full = !production || settings.deploy.selection === "full";
  const comparison = production && !full ? compareManifests(current, production) : null;
  for (const warning of comparison?.warnings ?? []) env.log.warning(`${warning.uniqueId}: ${warning.message}`);
  const greenTarget = targetFolder(env.workDir, greenEnv);
  const locations = {
    stateDir: state.dir,
    projectDir: settings.dbt.projectDir,
    // dbt build runs with the green naming and reads that target folder's sources.json
    currentTargetDir: greenTarget,
    indirectSelection: settings.selection.indirectSelection
  };
  let artifacts = await loadSelectionArtifacts(locations);
  const usesFreshness = selectionMethods(settings.selection, artifacts.selectors).has("source_status");
  if (settings.deploy.sourceFreshness || usesFreshness && comparison) {
    const freshness2 = await runSourceFreshness(env, PRODUCTION_NAMING, settings.deploy.sourceFreshness);
    report.freshness = freshness2;
    if (freshness2.file) {
      await mkdir2(greenTarget, { recursive: true });
      await copyFile(freshness2.file, path10.join(greenTarget, "sources.json"));
      const currentSources = await readFreshness(freshness2.file);
      artifacts = { ...artifacts, currentSources };
      if (usesFreshness && artifacts.stateSources)
        freshness2.fresher = [...fresherSources(artifacts.stateSources, currentSources)].sort();
    }
  }
  const selected = comparison ? selectNodes({
    current,
    state: production,
    comparison,
    select: settings.selection.select,
    exclude: settings.selection.exclude,
    indirectSelection: settings.selection.indirectSelection,
    artifacts,
    command: "build"
  }).selected : [...current.nodes.keys()].sort();
  const selector = full ? production ? "everything (`deploy-selection: full`)" : "everything (no production state)" : [...settings.selection.select, ...settings.selection.exclude.map((e) => `--exclude ${e}`)].join(" ");
  const summary = summarizePlan(current, production, comparison, selector, selected);
  Object.assign(report, { plan: summary.plan, nodes: summary.nodes });
  return { full, selected };
}
function deploySelectionArgs(env, also) {
  const { selection } = env.settings;
  return [
    "--select",
    ...selection.select,
    ...also,
    ...selection.exclude.length ? ["--exclude", ...selection.exclude] : [],
    "--indirect-selection",
    selection.indirectSelection
  ];
}
function publishedSources(report) {
  return report.freshness?.published ? report.freshness.file : null;
}
async function readFreshness(file) {
  return parseFreshness(await readFile8(file, "utf8"), file);
}

// src/deploy/container-deploy.ts
var schemaOf = (target, side) => ({
  level: target.level,
  database: target.database,
  name: target[side]
});
async function deployContainers(flow, warehouse, deploys, state) {
  const { env, report } = flow;
  const { settings, log } = env;
  const production = state.manifest;
  const productionSchema = await flow.step("name production", () => env.productionSchema());
  const current = await flow.step(
    "parse with production naming",
    () => log.group(
      "Parse the project with production naming",
      () => parseProject(env, { DBT_SLIM_CI_MODE: "deploy" })
    )
  );
  const { targets, greenEnv } = await flow.step(
    "parse with green naming",
    () => log.group(
      "Parse the project with green naming",
      () => swapTargets(env, warehouse, current, productionSchema)
    )
  );
  assertSwapNamesFit(targets, current.metadata.adapterType);
  log.info(
    `Swap plan: ${targets.map((t) => `${t.production} \u21C4 ${t.green} (previous kept as ${t.previous})`).join(", ")}`
  );
  const { full, selected } = await flow.step(
    "plan",
    () => selectForDeploy(env, report, current, state, greenEnv)
  );
  report.deploy = {
    strategy: "container",
    swaps: [],
    swapped: false,
    preflight: [],
    rollbackInstructions: null
  };
  const deleted = production ? relationsOf(production).filter((r) => !current.nodes.has(r.uniqueId)) : [];
  const extraSelect = await flow.step(
    "clone into green",
    () => log.group(
      "Clone production into green",
      () => cloneIntoGreen(env, warehouse, deploys, report, current, targets, new Set(selected), deleted)
    )
  );
  const buildArgs2 = full || !state.dir ? ["build", ...settings.dbt.args] : ["build", ...deploySelectionArgs(env, extraSelect), "--state", state.dir, ...settings.dbt.args];
  await flow.step("mark green", () => markGreen(env, warehouse, targets));
  if (settings.dryRun) return dryRun(env, warehouse, deploys, report, targets, buildArgs2);
  const results = await flow.step(
    "build",
    () => runRecorded(env, report, buildArgs2, greenEnv, {
      phase: "dbt build",
      message: "dbt build in green failed; production was not touched"
    })
  );
  if (report.status === "failure") return abandonGreen(env, warehouse, targets, report);
  const findings = await flow.step("preflight", () => deploys.preflight(targets));
  report.deploy.preflight.push(
    ...findings.map((f) => ({ level: f.severity, message: `${f.detail} Fix: ${f.fix}`, relation: f.object }))
  );
  const blocking = findings.filter((f) => f.severity === "error");
  if (blocking.length > 0 && settings.deploy.preflight === "fail") {
    await abandonGreen(env, warehouse, targets, report);
    throw new UserError(
      `Preflight found ${blocking.length} problem(s) that the swap would cause:
${blocking.map((f) => `${f.object}: ${f.detail}`).join("\n")}`,
      {
        hint: `Fix them, or set ${howToSet("preflight", "warn", settings.front)} to swap anyway. Production was not touched.`
      }
    );
  }
  for (const finding of findings) log.warning(`${finding.object}: ${finding.detail} Fix: ${finding.fix}`);
  const existing = await flow.step("copy grants", () => copyProductionGrants(warehouse, deploys, targets));
  await flow.step(
    "swap",
    () => log.group("Swap green and production", () => {
      flow.pointOfNoReturn("the swap is changing production; stopping now would leave its state unpublished.");
      return deploys.swap(targets);
    })
  );
  report.deploy.swapped = true;
  report.deploy.statePublished = false;
  report.deploy.swaps = targets.map((t) => ({
    production: t.production,
    green: t.green,
    previousKeptAs: settings.deploy.keepPrevious && existing.has(t.production) ? t.previous : null,
    hadProduction: existing.has(t.production)
  }));
  report.deploy.rollbackInstructions = settings.deploy.keepPrevious && existing.size > 0 ? rollbackInstructions(settings.front) : null;
  if (!settings.deploy.keepPrevious) {
    await flow.step("drop previous", async () => {
      for (const target of targets.filter((t) => existing.has(t.production))) {
        await warehouse.drop({ level: target.level, database: target.database, name: target.previous });
      }
    });
  }
  const location = await flow.step(
    "publish state",
    () => publishState(
      env,
      current,
      production?.path ?? null,
      results,
      publishedSources(report),
      targets,
      warehouse.kind
    )
  );
  report.deploy.statePublished = true;
  log.info(`Published the new production state to ${location}.`);
}
async function copyProductionGrants(warehouse, deploys, targets) {
  const existing = /* @__PURE__ */ new Set();
  for (const target of targets) {
    if (!await warehouse.containerExists(schemaOf(target, "production"))) continue;
    existing.add(target.production);
    await deploys.copyGrants(schemaOf(target, "production"), schemaOf(target, "green"));
  }
  return existing;
}
async function dryRun(env, warehouse, deploys, report, targets, buildArgs2) {
  await copyProductionGrants(warehouse, deploys, targets);
  await deploys.swap(targets);
  const statements = warehouse.statements.filter((s) => s.skipped).map((s) => `${s.sql};`);
  recordDryRun(report, { dbt: [buildArgs2], sql: statements });
  report.clones = [];
  env.log.info(
    `Dry run: dbt would run \`dbt ${buildArgs2.join(" ")}\` in green, and the warehouse would run:
${statements.join("\n")}`
  );
  report.statusReason = `Dry run: nothing was built, cloned or swapped; ${statements.length} statements printed.`;
}
async function cloneIntoGreen(env, warehouse, deploys, report, current, targets, selected, deleted) {
  const drop = env.settings.deploy.deletedRelations === "drop";
  const key3 = (schema, name) => `${schema}.${name}`.toLowerCase();
  const owners = new Map(relationsOf(current).map((r) => [key3(r.schema, r.alias), r.uniqueId]));
  const rebuilt = new Set(
    [...selected].flatMap((id) => {
      const node = current.nodes.get(id);
      const relation = node ? relationOf(node) : null;
      return relation ? [key3(relation.schema, relation.alias)] : [];
    })
  );
  const dropped = new Set(drop ? deleted.map((r) => key3(r.schema, r.alias)) : []);
  const inProduction = /* @__PURE__ */ new Set();
  for (const target of targets) {
    const productionContainer = schemaOf(target, "production");
    if (!await warehouse.containerExists(productionContainer)) continue;
    const relations = await deploys.listRelations(productionContainer);
    relations.forEach((r) => inProduction.add(key3(r.schema, r.name)));
    const copy = warehouse.capabilities.zeroCopyClone ? void 0 : relations.filter(
      (r) => r.kind === "table" && !rebuilt.has(key3(r.schema, r.name)) && !dropped.has(key3(r.schema, r.name))
    ).map((r) => r.name);
    const result = await deploys.clone(
      productionContainer,
      schemaOf(target, "green"),
      copy ? { relations: copy } : {}
    );
    const place = (container, relation) => [container, ...target.level === "database" ? [relation.schema] : [], relation.name].join(".");
    for (const relation of result.cloned) {
      const productionSchema = target.level === "database" ? relation.schema : target.production;
      report.clones.push({
        uniqueId: owners.get(key3(productionSchema, relation.name)) ?? relation.name,
        purpose: "green",
        from: place(target.production, relation),
        to: place(target.green, relation),
        method: result.method,
        ...relation.kind === "table" && relation.bytes !== void 0 ? { bytes: relation.bytes } : {}
      });
    }
  }
  const extra = /* @__PURE__ */ new Set();
  for (const node of current.nodes.values()) {
    const relation = relationOf(node);
    if (!relation || selected.has(node.uniqueId)) continue;
    const rebuildView = !warehouse.capabilities.zeroCopyClone && relation.materialized !== "table" && relation.materialized !== "incremental" && relation.resourceType === "model";
    if (!inProduction.has(key3(relation.schema, relation.alias)) || rebuildView) extra.add(node.name);
  }
  for (const relation of deleted) {
    const name = `${relation.schema}.${relation.alias}`;
    const kept = !drop || warehouse.capabilities.zeroCopyClone;
    report.deploy?.preflight.push({
      level: kept && drop ? "warning" : "info",
      message: kept ? drop ? `${relation.uniqueId} was deleted from the project, but a zero-copy clone keeps its relation: drop ${name} by hand.` : `${relation.uniqueId} was deleted from the project; its relation stays in production (\`deleted-relations: drop\` removes it).` : `${relation.uniqueId} was deleted from the project: its relation is not carried into the new production (it stays in the previous one).`,
      relation: name
    });
  }
  if (extra.size > 0)
    env.log.info(
      `Also building in green: ${[...extra].sort().join(", ")} (views bound to green tables, or missing from production).`
    );
  return [...extra].sort();
}
async function abandonGreen(env, warehouse, targets, report) {
  if (env.settings.deploy.keepGreenOnFailure) {
    env.log.info(
      `Production was not touched. Green kept for investigation: ${targets.map((t) => t.green).join(", ")}.`
    );
    return;
  }
  for (const target of targets) {
    if (await warehouse.containerExists(schemaOf(target, "green")))
      await warehouse.drop(schemaOf(target, "green"));
  }
  report.statusReason = `${report.statusReason ?? "Deploy failed"} Production was not touched; green was dropped.`;
}
function publishState(env, current, previousManifestPath, results, sourcesPath, targets, warehouse) {
  return publishDeployState(env, {
    manifestPath: current.path,
    runResultsPath: results?.file ?? null,
    sourcesPath,
    previousManifestPath,
    producer: producerOf(env),
    dbtVersion: current.metadata.dbtVersion,
    schemas: targets.map((target) => target.production),
    details: deployDetails({ kind: "deploy", warehouse, targets })
  });
}

// src/deploy/ledger-check.ts
function describeEntry(entry) {
  const commit = entry.commitSha ? `commit ${entry.commitSha.slice(0, 12)}` : "an unknown commit";
  const run2 = entry.runId === null ? "" : `, run ${entry.runId}`;
  return `the ${entry.kind} #${entry.id} of ${commit}${run2} at ${entry.recordedAt}`;
}
function checkLedger(entries, stateSha256) {
  const [latest2] = entries;
  if (!latest2 || latest2.manifest.sha256 === stateSha256) return { kind: "agree" };
  if (stateSha256 === null) {
    return {
      kind: "behind",
      entry: latest2,
      reason: `No production state is published, but the deploy ledger records ${describeEntry(latest2)}`
    };
  }
  const older = entries.slice(1).find((entry) => entry.manifest.sha256 === stateSha256);
  if (older || latest2.previousManifest?.sha256 === stateSha256) {
    return {
      kind: "behind",
      entry: latest2,
      reason: `The published production state is older than what production holds: the deploy ledger records ${describeEntry(latest2)}, whose state was never published`
    };
  }
  return {
    kind: "foreign",
    entry: latest2,
    message: `The published production state (manifest sha256 ${stateSha256.slice(0, 12)}\u2026) is not one the deploy ledger knows: production holds ${describeEntry(latest2)} (manifest sha256 ${latest2.manifest.sha256.slice(0, 12)}\u2026). Deploying or rolling back on it could move the wrong relations, so nothing was changed.`,
    hint: "Production is what the ledger (dbt_slim_ci.deploy_ledger) records. Remove the foreign state (empty the state folder, or delete the state artifact that is not from a dbt-slim-ci deploy): the next run republishes the ledger's state and carries on from there."
  };
}
function previousCommitOf(entries) {
  const [latest2, ...older] = entries;
  const sha256 = latest2?.previousManifest?.sha256;
  return older.find((entry) => entry.manifest.sha256 === sha256)?.commitSha ?? null;
}

// src/deploy/reconcile-ledger.ts
var LEDGER_HISTORY = 10;
async function reconcileLedger(env, deploys, deployment, state, warehouse) {
  const entries = await deploys.ledger(deployment, LEDGER_HISTORY);
  const sha256 = state.manifest ? (await ledgerManifestOf(state.manifest.path)).sha256 : null;
  const verdict = checkLedger(entries, sha256);
  if (verdict.kind === "foreign") throw new UserError(verdict.message, { hint: verdict.hint });
  if (verdict.kind === "agree") return { state, entries, verdict };
  if (env.settings.dryRun) {
    env.log.info(`${verdict.reason}. Dry run: not republishing it.`);
    return { state, entries, verdict };
  }
  const republished = await republishFromLedger(env, state, verdict.entry, verdict.reason, warehouse);
  return { state: republished, entries, verdict };
}

// src/deploy/relation-deploy.ts
var PRODUCTION_ENV = { DBT_SLIM_CI_MODE: "deploy" };
async function deployRelations(flow, warehouse, deploys, resolved) {
  const { env, report } = flow;
  const planned = await planStep(flow, warehouse, deploys, resolved);
  const { plan: plan2, greenEnv } = planned;
  const deploy = {
    strategy: "relation",
    swaps: [],
    relations: [],
    swapped: false,
    preflight: deletedRelationNotes(planned),
    rollbackInstructions: null
  };
  report.deploy = deploy;
  if (planned.selected.length === 0) {
    await flow.step(
      "clear leftover green",
      () => clearLeftoverGreen(flow, warehouse, deploys, planned.pairs, { foreign: "ignore" })
    );
    env.log.info("Nothing differs from production state: no green, no build, no swap.");
    await refreshState(flow, warehouse, deploys, planned, null);
    report.statusReason = "Nothing to deploy: no node differs from production; the production state was republished.";
    return;
  }
  await flow.step(
    "clear leftover green",
    () => clearLeftoverGreen(flow, warehouse, deploys, planned.pairs, { foreign: "refuse" })
  );
  if (plan2.moves.length > 0) {
    await flow.step("prepare green", () => prepareGreen(flow, warehouse, deploys, planned));
  }
  const results = await flow.step(
    "build",
    () => runRecorded(env, report, buildArgs(flow, planned), greenEnv, {
      phase: "dbt build",
      message: "dbt build in green failed; production was not touched"
    })
  );
  if (report.status === "failure") return abandonGreen2(flow, deploys, plan2.targets);
  if (plan2.moves.length === 0) {
    env.log.info("The selection rebuilds no relation (only tests ran, against production): nothing to swap.");
    await refreshState(flow, warehouse, deploys, planned, results);
    report.statusReason = "Nothing to swap: the selection holds no relation; the production state was republished.";
    return;
  }
  const swapPlan = {
    deployment: planned.deployment,
    targets: plan2.targets,
    moves: plan2.moves
  };
  const blocked = await flow.step("preflight", () => preflight(flow, deploys, swapPlan));
  if (blocked) return abandonGreen2(flow, deploys, plan2.targets);
  const keepPrevious = env.settings.deploy.keepPrevious;
  const header = {
    deployment: planned.deployment,
    kind: "deploy",
    manifest: await ledgerManifestOf(planned.current.path),
    previousManifest: keepPrevious && planned.state.manifest ? await ledgerManifestOf(planned.state.manifest.path) : null,
    commitSha: env.run.commitSha,
    runId: env.run.runId,
    runUrl: env.run.runUrl
  };
  const record = await flow.step(
    "swap",
    () => env.log.group("Swap the rebuilt relations into production", () => {
      flow.pointOfNoReturn("the swap is changing production; stopping now would leave its state unpublished.");
      return deploys.swap(swapPlan, header);
    })
  );
  if (env.settings.dryRun) return dryRun2(flow, warehouse);
  Object.assign(deploy, swapReport(record.moves, plan2.targets, keepPrevious, env.settings.front));
  deploy.statePublished = false;
  await flow.step("drop green", () => dropGreen(flow, deploys, plan2.targets));
  if (!keepPrevious) {
    await flow.step(
      "drop previous",
      () => deploys.dropSchemas(
        plan2.targets.map((target) => target.previous),
        "previous schema"
      )
    );
  }
  const location = await flow.step(
    "publish state",
    () => publishDeployState(env, {
      manifestPath: planned.current.path,
      runResultsPath: results?.file ?? null,
      sourcesPath: publishedSources(flow.report),
      previousManifestPath: keepPrevious ? planned.state.manifest?.path ?? null : null,
      producer: producerOf(flow.env),
      dbtVersion: planned.current.metadata.dbtVersion,
      schemas: plan2.targets.map((target) => target.production),
      details: { kind: "deploy", warehouse: warehouse.kind, strategy: "relation" }
    })
  );
  deploy.statePublished = true;
  env.log.info(`Published the new production state to ${location}.`);
}
async function planStep(flow, warehouse, deploys, resolved) {
  const { env, report } = flow;
  const deployment = await flow.step("name production", () => env.productionSchema());
  const { state } = await flow.step(
    "check the ledger",
    () => reconcileLedger(env, deploys, deployment, resolved, warehouse.kind)
  );
  report.state = state.provenance;
  const current = await flow.step(
    "parse with production naming",
    () => env.log.group("Parse the project with production naming", () => parseProject(env, PRODUCTION_ENV))
  );
  const greenEnv = { ...PRODUCTION_ENV, DBT_SLIM_CI_SCHEMA: `${deployment}${GREEN_SUFFIX}` };
  const green = await flow.step(
    "parse with green naming",
    () => env.log.group("Parse the project with green naming", () => parseProject(env, greenEnv))
  );
  return flow.step("plan", async () => {
    const pairs = planSchemaSwap(current, green);
    assertSwapNamesFit(pairs, current.metadata.adapterType);
    const { full, selected } = await selectForDeploy(env, report, current, state, greenEnv);
    const production = await deploys.relationsIn(pairs.map((pair) => pair.production));
    const deleted = state.manifest ? relationsOf(state.manifest).filter((relation) => !current.nodes.has(relation.uniqueId)) : [];
    const plan2 = planRelationDeploy({
      current,
      green,
      targets: pairs,
      selected: new Set(selected),
      production,
      fullRefresh: isFullRefresh(env.settings.dbt.args),
      deleted,
      deletedRelations: env.settings.deploy.deletedRelations
    });
    env.log.info(
      `Deploy plan: ${plan2.moves.length} relation(s) to swap, ${plan2.copies.length} production table(s) to copy into green first` + (plan2.alsoBuild.length ? `; also building ${plan2.alsoBuild.join(", ")} (missing from production${plan2.sourceProducers.length ? ", or read by a source that follows target.schema" : ""})` : "") + "; every other production relation stays in place."
    );
    return { deployment, state, current, greenEnv, pairs, plan: plan2, selected, full };
  });
}
function buildArgs(flow, { state, plan: plan2, full }) {
  const { settings } = flow.env;
  if (full || !state.dir) return ["build", ...settings.dbt.args];
  return [
    "build",
    ...deploySelectionArgs(flow.env, plan2.alsoBuild),
    // Unselected parents are read in place in production, even where green holds a relation of the same name.
    ...["--defer", "--state", state.dir, "--favor-state"],
    ...settings.dbt.args
  ];
}
async function clearLeftoverGreen(flow, warehouse, deploys, pairs, options) {
  const leftovers2 = [];
  for (const pair of pairs) {
    const container = { level: pair.level, database: pair.database, name: pair.green };
    if (!await warehouse.containerExists(container)) continue;
    const mark = await warehouse.readMark(container);
    if (mark?.role !== "deploy" && options.foreign === "ignore") continue;
    if (mark?.role !== "deploy") {
      throw new UserError(
        `Schema "${pair.green}", where this deploy builds green for "${pair.production}", already exists and was not made by a dbt-slim-ci deploy (it has no deploy ownership mark).`,
        { hint: `Drop or rename "${pair.green}" if nothing needs it, then deploy again.` }
      );
    }
    leftovers2.push(pair.green);
  }
  if (leftovers2.length === 0) return;
  const dropped = await deploys.dropSchemas(leftovers2, "leftover green schema");
  flow.env.log.info(`Dropped green left by an earlier deploy that did not finish: ${dropped.join(", ")}.`);
}
async function prepareGreen(flow, warehouse, deploys, { plan: plan2 }) {
  const { env, report } = flow;
  await markGreen(env, warehouse, plan2.targets);
  const sizes = await deploys.relationSizes(plan2.copies.map((copy) => copy.from));
  await env.log.group(
    "Copy the production tables of selected incremental models and snapshots",
    () => deploys.prepareGreen(plan2.targets, plan2.copies)
  );
  for (const copy of env.settings.dryRun ? [] : plan2.copies) {
    report.clones.push({
      uniqueId: copy.uniqueId,
      purpose: "green",
      from: `${copy.from.schema}.${copy.from.name}`,
      to: `${copy.to.schema}.${copy.to.name}`,
      method: "copy",
      bytes: sizes.get(`${copy.from.schema}.${copy.from.name}`) ?? null
    });
  }
}
async function preflight(flow, deploys, plan2) {
  const { env, report } = flow;
  const findings = await deploys.preflight(plan2);
  report.deploy?.preflight.push(
    ...findings.map((f) => ({ level: f.severity, message: `${f.detail} Fix: ${f.fix}`, relation: f.object }))
  );
  const blocking = findings.filter((f) => f.severity === "error");
  if (blocking.length === 0) {
    for (const finding of findings)
      env.log.warning(`${finding.object}: ${finding.detail} Fix: ${finding.fix}`);
    return false;
  }
  const warnable = blocking.every((f) => f.code !== "missing_privilege" && f.code !== "other");
  throw new UserError(
    `Preflight found ${blocking.length} problem(s) that the swap would cause:
${blocking.map((f) => `${f.object}: ${f.detail}`).join("\n")}`,
    {
      hint: warnable ? `Fix them, or set ${howToSet("preflight", "warn", env.settings.front)} to swap anyway. Production was not touched.` : "Fix them, then deploy again. Production was not touched."
    }
  );
}
async function abandonGreen2(flow, deploys, targets) {
  const { env, report } = flow;
  if (env.settings.dryRun) return;
  if (env.settings.deploy.keepGreenOnFailure) {
    env.log.info(
      `Production was not touched. Green kept for investigation until the next deploy: ${targets.map((t) => t.green).join(", ")}.`
    );
    return;
  }
  await deploys.dropSchemas(
    targets.map((target) => target.green),
    "green schema"
  );
  report.statusReason = `${report.statusReason ?? "Deploy failed."} Production was not touched; green was dropped.`;
}
async function dropGreen(flow, deploys, targets) {
  try {
    await deploys.dropSchemas(
      targets.map((target) => target.green),
      "green schema"
    );
  } catch (error) {
    flow.env.log.warning(
      `Could not drop the green schemas after the swap (the next deploy clears them): ${error instanceof Error ? error.message : String(error)}`
    );
  }
}
async function refreshState(flow, warehouse, deploys, planned, results) {
  const { env } = flow;
  if (env.settings.dryRun) {
    flow.report.statusReason = "Dry run: nothing to swap; the production state would be republished.";
    return;
  }
  const [last] = await deploys.ledger(planned.deployment, 1);
  await flow.step(
    "record in the ledger",
    async () => deploys.record({
      deployment: planned.deployment,
      kind: "refresh",
      manifest: await ledgerManifestOf(planned.current.path),
      previousManifest: last?.previousManifest ?? null,
      commitSha: env.run.commitSha,
      runId: env.run.runId,
      runUrl: env.run.runUrl,
      moves: last?.moves ?? []
    })
  );
  const location = await flow.step(
    "publish state",
    () => publishDeployState(env, {
      manifestPath: planned.current.path,
      runResultsPath: results?.file ?? null,
      sourcesPath: publishedSources(flow.report),
      previousManifestPath: planned.state.previousManifestPath,
      producer: producerOf(flow.env),
      dbtVersion: planned.current.metadata.dbtVersion,
      schemas: [],
      details: { kind: "refresh", warehouse: warehouse.kind, strategy: "relation" }
    })
  );
  env.log.info(`Published the production state to ${location}.`);
}
function dryRun2(flow, warehouse) {
  const statements = warehouse.statements.filter((s) => s.skipped).map((s) => s.sql);
  recordDryRun(flow.report, { sql: statements });
  flow.report.statusReason = `Dry run: nothing was built, copied or swapped; ${statements.length} statements printed.`;
  flow.env.log.info(`Dry run: the warehouse would run:
${statements.map((s) => `${s};`).join("\n")}`);
}
function swapReport(moves, targets, keepPrevious, front) {
  const relations = moves.map((move) => ({
    uniqueId: move.uniqueId,
    relation: `${move.production.schema}.${move.production.name}`,
    change: move.inProduction ? move.inPrevious ? "replaced" : "created" : "removed",
    previousKeptAs: keepPrevious && move.inPrevious ? `${move.previous.schema}.${move.previous.name}` : null
  }));
  return {
    swapped: true,
    swaps: targets.map((target) => {
      const hadProduction = moves.some(
        (move) => move.production.schema === target.production && move.inPrevious
      );
      return {
        production: target.production,
        green: target.green,
        previousKeptAs: keepPrevious && hadProduction ? target.previous : null,
        hadProduction
      };
    }),
    relations,
    // A first deploy kept no previous version: there is nothing to roll back to.
    rollbackInstructions: keepPrevious && moves.some((move) => move.inPrevious) ? rollbackInstructions(front) : null
  };
}
function deletedRelationNotes({ plan: plan2 }) {
  const removed = plan2.moves.filter((move) => move.green === null);
  return [
    ...plan2.kept.map((relation) => ({
      level: "info",
      message: `${relation.uniqueId} was deleted from the project; its relation stays in production (\`deleted-relations: drop\` removes it).`,
      relation: `${relation.schema}.${relation.alias}`
    })),
    ...removed.map((move) => ({
      level: "info",
      message: `${move.uniqueId} was deleted from the project: the deploy moves its relation out of production (into ${move.previous.schema}, for rollback).`,
      relation: `${move.production.schema}.${move.production.name}`
    }))
  ];
}

// src/deploy/run-order.ts
function assertNotOlderThanProduction(runId, state) {
  if (runId === null || state.runId === null || runId >= state.runId) return;
  throw new UserError(
    `This deploy run (${runId}) is older than run ${state.runId}, which produced the production state: running it again would swap older code into production and publish a state older than production. Production was not touched. Re-run the newest deploy run instead, or run the deploy workflow with \`mode: rollback\` to undo the last deploy.`
  );
}

// src/deploy/flow.ts
function deployLockKey2(productionSchema) {
  return `deploy:${productionSchema}`;
}
function runDeploy(env) {
  return runFlow("deploy", env, async (flow) => {
    env.dbt.warmUp();
    const warehouse = await flow.step("connect to the warehouse", () => env.connectWarehouse());
    flow.onExit(() => warehouse.close());
    const lock = await flow.step("take the deploy lock", async () => {
      const key3 = deployLockKey2(await env.productionSchema());
      return env.log.group(
        "Take the deploy lock",
        () => warehouse.acquireDeployLock(key3, env.settings.deploy.lockTimeoutSeconds * 1e3, {
          onWaiting: (message) => env.log.info(message),
          cancellation: env.cancellation
        })
      );
    });
    flow.onExit(() => lock.release());
    const state = await flow.step("resolve production state", () => env.resolveState());
    flow.report.state = state.provenance;
    await flow.step(
      "check the run order",
      () => assertNotOlderThanProduction(env.run.runId, state.provenance)
    );
    const { relationDeploys, containerDeploys } = warehouse;
    if (warehouse.capabilities.deployStrategy === "relation" && relationDeploys) {
      return deployRelations(flow, warehouse, relationDeploys, state);
    }
    if (warehouse.capabilities.deployStrategy === "container" && containerDeploys) {
      return deployContainers(flow, warehouse, containerDeploys, state);
    }
    throw new Error(
      `The ${warehouse.kind} warehouse offers no ${warehouse.capabilities.deployStrategy} deploys.`
    );
  });
}

// src/gc/plan.ts
function planGc(input) {
  return [...input.candidates].sort(
    (a, b) => a.container.name.localeCompare(b.container.name) || (a.container.database ?? "").localeCompare(b.container.database ?? "")
  ).map((candidate) => ({
    container: candidate.container,
    kind: candidate.kind,
    ...decide(candidate, input)
  }));
}
function decide(candidate, input) {
  const { mark, kind } = candidate;
  const keep = (reason) => ({ action: "keep", reason });
  const drop = (reason) => ({ action: "drop", reason });
  if (input.protectedNames.has(candidate.container.name.toLowerCase())) return keep("production uses it");
  if (mark === null) {
    return keep("it has no ownership mark, so nothing says dbt-slim-ci built it");
  }
  if (mark.repository !== input.repository) return keep(`its mark belongs to ${mark.repository}`);
  if (kind === "pr" ? mark.role !== "pr" : mark.role !== "deploy") {
    return keep(
      `its mark says a ${mark.role === "pr" ? "pull request" : "deploy"} built it, not a ${kind === "pr" ? "pull request" : "deploy"}`
    );
  }
  const since = kind === "previous" ? latest(mark.updatedAt, input.productionSince) : mark.updatedAt;
  const hours = (input.now.getTime() - Date.parse(since)) / 36e5;
  const age = `${formatHours(hours)} ${kind === "previous" ? "since it stopped being production" : "since it was last built"}`;
  const expired = hours > input.ttlHours;
  const ttl = `the TTL of ${input.ttlHours} hours`;
  if (kind !== "pr") {
    const what = kind === "green" ? "a green leftover of a deploy that did not swap" : "the previous production (rollback)";
    return expired ? drop(`${what}, ${age}: older than ${ttl}`) : keep(`${what}, ${age}: within ${ttl}`);
  }
  const pullRequest = `pull request #${mark.pullRequest}`;
  const status = input.pullRequests?.get(mark.pullRequest ?? 0);
  if (status?.state === "closed") return drop(`${pullRequest} is closed`);
  const known = status === void 0 ? `${pullRequest}'s state was not asked (TTL only)` : status.state === "open" ? `${pullRequest} is open` : `${pullRequest}'s state is unknown (${status.why})`;
  return expired ? drop(`${known}, ${age}: older than ${ttl}`) : keep(`${known}, ${age}: within ${ttl}`);
}
function latest(a, b) {
  return b !== null && Date.parse(b) > Date.parse(a) ? b : a;
}
function formatHours(hours) {
  if (hours < 1) return "less than an hour";
  if (hours < 48) return `${Math.floor(hours)} ${Math.floor(hours) === 1 ? "hour" : "hours"}`;
  return `${Math.floor(hours / 24)} days`;
}

// src/gc/sweep.ts
async function sweep(warehouse, input) {
  const { targets, productionSchemas, pullRequests, log } = input;
  const protectedNames = new Set(
    [...productionSchemas.map((s) => s.schema), ...targets.map((t) => t.production)].map((n) => n.toLowerCase())
  );
  const marks = await listMarks(log, warehouse, [...new Set(productionSchemas.map((s) => s.database))]);
  const candidates = [
    // Other repositories' pull requests share the warehouse but are theirs to collect: not even listed.
    ...marks.filter(({ mark }) => mark.role === "pr" && mark.repository === input.repository).map(({ container, mark }) => ({ container, kind: "pr", mark })),
    ...await leftovers(warehouse, targets, productionSchemas)
  ];
  const numbers = candidates.flatMap(
    ({ kind, mark }) => kind === "pr" && mark?.pullRequest ? [mark.pullRequest] : []
  );
  const states = pullRequests.ask && numbers.length > 0 ? await pullRequests.ask(numbers) : null;
  const decisions = planGc({
    repository: input.repository,
    candidates,
    protectedNames,
    pullRequests: states,
    now: input.now,
    ttlHours: input.ttlHours,
    productionSince: input.productionSince
  });
  const gc = {
    ttlHours: input.ttlHours,
    pullRequestStates: pullRequests.ask ? "github" : "ttl-only",
    note: pullRequests.ask ? null : pullRequests.why,
    dropped: [],
    kept: decisions.filter((d) => d.action === "keep").map(entryOf)
  };
  if (gc.note) log.warning(gc.note);
  const doomed = new Map(decisions.filter((d) => d.action === "drop").map((d) => [d.container, d]));
  const outcome = await dropAll(warehouse, [...doomed.keys()], (container) => {
    const decision = doomed.get(container);
    gc.dropped.push(entryOf(decision));
    log.info(`${input.dryRun ? "Dry run: would drop" : "Dropped"} ${container.name}: ${decision.reason}.`);
  });
  for (const { container, error } of outcome.failed) {
    gc.kept.push({ ...entryOf(doomed.get(container)), reason: `could not drop it: ${error.message}` });
  }
  return { gc, failures: outcome.failed.map((f) => f.error.message) };
}
async function leftovers(warehouse, targets, productionSchemas) {
  const wanted = /* @__PURE__ */ new Map();
  const add = (container, kind) => {
    const key3 = container.name.toLowerCase();
    if (!wanted.has(key3)) wanted.set(key3, { container, kind });
  };
  for (const target of targets) {
    add({ level: target.level, database: target.database, name: target.green }, "green");
    add({ level: target.level, database: target.database, name: target.previous }, "previous");
  }
  if (targets.every((target) => target.level === "schema")) {
    for (const { database, schema } of productionSchemas) {
      add({ level: "schema", database, name: `${schema}${PREVIOUS_SUFFIX}` }, "previous");
    }
  }
  const found = [];
  for (const { container, kind } of wanted.values()) {
    if (!await warehouse.containerExists(container)) continue;
    found.push({ container, kind, mark: await warehouse.readMark(container) });
  }
  return found;
}
function entryOf(decision) {
  const { container, kind, reason } = decision;
  return { name: container.name, database: container.database, kind, reason };
}

// src/gc/flow.ts
function runGc(env, pullRequests) {
  return runFlow("gc", env, async (flow) => {
    const state = await flow.step("resolve production state", () => env.resolveState());
    flow.report.state = state.provenance;
    const production = await flow.step(
      "parse with production naming",
      () => parseProject(env, { DBT_SLIM_CI_MODE: "deploy" })
    );
    const productionSchema = await flow.step("name the production schema", () => env.productionSchema());
    const warehouse = await flow.step("connect to the warehouse", () => env.connectWarehouse());
    flow.onExit(() => warehouse.close());
    const { targets } = await flow.step(
      "parse with green naming",
      () => swapTargets(env, warehouse, production, productionSchema)
    );
    const outcome = await flow.step(
      "find and drop",
      () => sweep(warehouse, {
        repository: env.run.repository,
        targets,
        productionSchemas: [
          ...state.manifest ? schemasOf(state.manifest) : [],
          ...schemasOf(production),
          ...(state.record?.schemas ?? []).map((schema) => ({ database: null, schema }))
        ],
        pullRequests,
        now: env.now(),
        ttlHours: env.settings.gc.ttlHours,
        productionSince: state.record?.producedAt ?? null,
        dryRun: env.settings.dryRun,
        log: env.log
      })
    );
    flow.report.gc = outcome.gc;
    if (env.settings.dryRun) {
      const sql = warehouse.statements.filter((statement) => statement.skipped).map((statement) => statement.sql);
      recordDryRun(flow.report, { sql });
      for (const statement of sql) env.log.info(`Dry run, not running: ${statement}`);
    }
    if (outcome.failures.length > 0) throw new UserError(outcome.failures.join("\n"));
  });
}

// src/deploy/rollback.ts
import path11 from "node:path";
var UNPUBLISHED = "the rollback is changing production; stopping now would leave its state unpublished.";
function runRollback(env) {
  return runFlow("rollback", env, async (flow) => {
    const warehouse = await flow.step("connect to the warehouse", () => env.connectWarehouse());
    flow.onExit(() => warehouse.close());
    const lock = await flow.step(
      "take the deploy lock",
      async () => warehouse.acquireDeployLock(
        deployLockKey2(await env.productionSchema()),
        env.settings.deploy.lockTimeoutSeconds * 1e3,
        { onWaiting: (message) => env.log.info(message), cancellation: env.cancellation }
      )
    );
    flow.onExit(() => lock.release());
    const state = await flow.step("resolve production state", () => env.resolveState());
    flow.report.state = state.provenance;
    const { relationDeploys, containerDeploys } = warehouse;
    if (warehouse.capabilities.deployStrategy === "relation" && relationDeploys) {
      return rollBackRelations(flow, warehouse, relationDeploys, state);
    }
    if (warehouse.capabilities.deployStrategy === "container" && containerDeploys) {
      return rollBackContainers(flow, warehouse, containerDeploys, state);
    }
    throw new Error(
      `The ${warehouse.kind} warehouse offers no ${warehouse.capabilities.deployStrategy} rollbacks.`
    );
  });
}
async function rollBackRelations(flow, warehouse, deploys, resolved) {
  const { env, report } = flow;
  const deployment = await flow.step("name production", () => env.productionSchema());
  const { state, entries, verdict } = await flow.step(
    "check the ledger",
    () => reconcileLedger(env, deploys, deployment, resolved, warehouse.kind)
  );
  report.state = state.provenance;
  if (verdict.kind === "behind" && verdict.entry.kind === "rollback") {
    return finishEarlierRollback(flow, verdict.entry);
  }
  const [last] = entries;
  if (!last?.previousManifest) {
    throw new UserError(
      last ? `Nothing to roll back to: ${describeEntry(last)} kept no previous production (keep-previous was off, or it was the first deploy).` : `Nothing to roll back to: the deploy ledger has no deploy of "${deployment}" yet.`
    );
  }
  const previousManifest = last.previousManifest;
  const producer = { ...producerOf(env), commitSha: previousCommitOf(entries) };
  const record = await flow.step(
    "swap back",
    () => env.log.group("Move the previous versions back into production", () => {
      flow.pointOfNoReturn(UNPUBLISHED);
      return deploys.rollback(last, {
        deployment,
        kind: "rollback",
        manifest: previousManifest,
        previousManifest: last.manifest,
        ...producer
      });
    })
  );
  if (env.settings.dryRun) return recordDryRunOf(flow, warehouse);
  report.deploy = {
    strategy: "relation",
    swapped: true,
    statePublished: false,
    swaps: swappedBack(record.targets),
    relations: record.moves.map((move) => ({
      uniqueId: move.uniqueId,
      relation: `${move.production.schema}.${move.production.name}`,
      change: move.inProduction ? move.inPrevious ? "replaced" : "created" : "removed",
      previousKeptAs: move.inPrevious ? `${move.previous.schema}.${move.previous.name}` : null
    })),
    preflight: [],
    rollbackInstructions: DEPLOY_WORDS.reapply
  };
  const files = await writeLedgerManifests(path11.join(env.workDir, "rollback-state"), {
    manifest: previousManifest,
    previousManifest: last.manifest
  });
  const manifest = await loadManifest(files.manifestPath);
  const location = await flow.step(
    "publish state",
    () => publishDeployState(env, {
      ...files,
      runResultsPath: null,
      producer,
      dbtVersion: manifest.metadata.dbtVersion,
      schemas: record.targets.map((t) => t.production),
      details: { kind: "rollback", warehouse: warehouse.kind, strategy: "relation" }
    })
  );
  report.deploy.statePublished = true;
  env.log.info(
    `Rolled back ${record.moves.length} relation(s) in ${record.targets.map((t) => t.production).join(", ")}; republished the matching state to ${location}.`
  );
}
function finishEarlierRollback(flow, entry) {
  const { env, report } = flow;
  report.deploy = {
    strategy: "relation",
    swapped: false,
    statePublished: !env.settings.dryRun,
    swaps: [],
    relations: [],
    preflight: [],
    rollbackInstructions: "Run rollback again to re-apply the deploy that was rolled back."
  };
  report.statusReason = env.settings.dryRun ? `Dry run: production already holds what ${describeEntry(entry)} moved back; its state would be published and nothing moved.` : `Production already holds what ${describeEntry(entry)} moved back; its state was published now and nothing was moved.`;
  env.log.info(report.statusReason);
}
async function rollBackContainers(flow, warehouse, deploys, state) {
  const { env, report } = flow;
  const targets = recordedTargets(state.record, state.provenance.location ?? "no state found");
  if (!state.manifest || !state.previousManifestPath) {
    throw new UserError(
      "Nothing to roll back to: the production state holds no previous manifest, so the deploy that published it had no previous production."
    );
  }
  const record = await flow.step("swap back", () => {
    flow.pointOfNoReturn(UNPUBLISHED);
    return deploys.rollback(targets);
  });
  if (env.settings.dryRun) return recordDryRunOf(flow, warehouse);
  report.deploy = {
    strategy: "container",
    swapped: true,
    statePublished: false,
    swaps: swappedBack(record.targets),
    preflight: [],
    rollbackInstructions: DEPLOY_WORDS.reapply
  };
  const manifest = state.manifest;
  const previousManifestPath = state.previousManifestPath;
  const location = await flow.step(
    "publish state",
    () => publishDeployState(env, {
      manifestPath: previousManifestPath,
      runResultsPath: null,
      previousManifestPath: manifest.path,
      producer: producerOf(env),
      dbtVersion: manifest.metadata.dbtVersion,
      schemas: targets.map((t) => t.production),
      details: deployDetails({ kind: "rollback", warehouse: warehouse.kind, targets })
    })
  );
  report.deploy.statePublished = true;
  env.log.info(
    `Rolled back ${targets.map((t) => t.production).join(", ")}; republished the matching state to ${location}.`
  );
}
function recordDryRunOf(flow, warehouse) {
  const sql = warehouse.statements.filter((s) => s.skipped).map((s) => s.sql);
  recordDryRun(flow.report, { sql });
  flow.report.statusReason = `Dry run: nothing was moved and no state was published; ${sql.length} statements printed.`;
}
function swappedBack(targets) {
  return targets.map((t) => ({ production: t.production, green: t.previous, previousKeptAs: t.previous }));
}

// src/github/api-errors.ts
var GitHubApiError = class extends UserError {
  constructor(message, status, githubMessage, rateLimited = false) {
    super(message);
    this.status = status;
    this.githubMessage = githubMessage;
    this.rateLimited = rateLimited;
  }
  status;
  githubMessage;
  rateLimited;
  name = "GitHubApiError";
};
function httpFailureOf(error) {
  const candidate = error;
  if (typeof candidate?.status !== "number") return null;
  const message = typeof candidate.message === "string" ? candidate.message : String(error);
  if (candidate.response === void 0) return { status: null, message, headers: {} };
  return { status: candidate.status, message, headers: candidate.response.headers ?? {} };
}
var SECONDARY_LIMIT_WAIT_MS = 6e4;
function rateLimitWaitMs(failure, now) {
  if (failure.status !== 403 && failure.status !== 429) return void 0;
  const retryAfter = Number(failure.headers["retry-after"]);
  if (failure.headers["retry-after"] !== void 0 && Number.isFinite(retryAfter))
    return Math.max(0, retryAfter * 1e3);
  if (failure.headers["x-ratelimit-remaining"] === "0") {
    const reset = Number(failure.headers["x-ratelimit-reset"]);
    return Number.isFinite(reset) ? Math.max(0, reset * 1e3 - now.getTime()) : SECONDARY_LIMIT_WAIT_MS;
  }
  if (failure.status === 429 || /secondary rate limit/i.test(failure.message)) return SECONDARY_LIMIT_WAIT_MS;
  return void 0;
}
function isTransient(failure) {
  return failure.status === null || failure.status >= 500;
}
function toGitHubApiError(failure, operation, apiUrl) {
  const what = `GitHub could not ${operation.description}`;
  const said = `(HTTP ${failure.status}: ${failure.message})`;
  const make = (text) => new GitHubApiError(text, failure.status, failure.message);
  switch (failure.status) {
    case null:
      return make(
        `Could not ${operation.description}: no answer from GitHub at ${apiUrl} (${failure.message}). Check the network or proxy settings of the runner, and GITHUB_API_URL on GitHub Enterprise Server.`
      );
    case 401:
      return make(
        `${what} ${said}: the token was rejected. Check the \`github-token\` input: the secret may be unset, expired or revoked.`
      );
    case 403:
      return make(
        `${what} ${said}: the token lacks a permission. Add \`permissions: ${operation.permission}\` to the job (or grant it to the token you pass as \`github-token\`).`
      );
    case 404:
      return make(
        `${what} ${said}. ${operation.notFoundHint ?? "Check the repository name."} A token without \`${operation.permission}\` also gets 404 on private repositories.`
      );
    default:
      return make(
        failure.status >= 500 ? `${what} ${said}: GitHub had a server error; it persisted after retries, try again later.` : `${what} ${said}.`
      );
  }
}
function rateLimitExhausted(failure, operation, waitMs, now) {
  const resumes = new Date(now.getTime() + waitMs).toISOString();
  return new GitHubApiError(
    `GitHub's API rate limit stopped us from being able to ${operation.description} (HTTP ${failure.status}: ${failure.message}); it allows requests again at ${resumes}, later than we wait. Lower \`state-max-runs\`, run fewer jobs at once, or use a token with a higher limit (a GitHub App installation token).`,
    failure.status,
    failure.message,
    true
  );
}

// src/github/clock.ts
import { setTimeout as sleep2 } from "node:timers/promises";
var systemClock = {
  now: () => /* @__PURE__ */ new Date(),
  sleep: async (milliseconds) => {
    await sleep2(milliseconds);
  }
};

// node_modules/@actions/github/lib/context.js
import { readFileSync, existsSync } from "fs";
import { EOL } from "os";
var Context = class {
  /**
   * Hydrate the context from the environment
   */
  constructor() {
    var _a, _b, _c;
    this.payload = {};
    if (process.env.GITHUB_EVENT_PATH) {
      if (existsSync(process.env.GITHUB_EVENT_PATH)) {
        this.payload = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, { encoding: "utf8" }));
      } else {
        const path15 = process.env.GITHUB_EVENT_PATH;
        process.stdout.write(`GITHUB_EVENT_PATH ${path15} does not exist${EOL}`);
      }
    }
    this.eventName = process.env.GITHUB_EVENT_NAME;
    this.sha = process.env.GITHUB_SHA;
    this.ref = process.env.GITHUB_REF;
    this.workflow = process.env.GITHUB_WORKFLOW;
    this.action = process.env.GITHUB_ACTION;
    this.actor = process.env.GITHUB_ACTOR;
    this.job = process.env.GITHUB_JOB;
    this.runAttempt = parseInt(process.env.GITHUB_RUN_ATTEMPT, 10);
    this.runNumber = parseInt(process.env.GITHUB_RUN_NUMBER, 10);
    this.runId = parseInt(process.env.GITHUB_RUN_ID, 10);
    this.apiUrl = (_a = process.env.GITHUB_API_URL) !== null && _a !== void 0 ? _a : `https://api.github.com`;
    this.serverUrl = (_b = process.env.GITHUB_SERVER_URL) !== null && _b !== void 0 ? _b : `https://github.com`;
    this.graphqlUrl = (_c = process.env.GITHUB_GRAPHQL_URL) !== null && _c !== void 0 ? _c : `https://api.github.com/graphql`;
  }
  get issue() {
    const payload = this.payload;
    return Object.assign(Object.assign({}, this.repo), { number: (payload.issue || payload.pull_request || payload).number });
  }
  get repo() {
    if (process.env.GITHUB_REPOSITORY) {
      const [owner, repo] = process.env.GITHUB_REPOSITORY.split("/");
      return { owner, repo };
    }
    if (this.payload.repository) {
      return {
        owner: this.payload.repository.owner.login,
        repo: this.payload.repository.name
      };
    }
    throw new Error("context.repo requires a GITHUB_REPOSITORY environment variable like 'owner/repo'");
  }
};

// node_modules/@actions/github/lib/internal/utils.js
var httpClient = __toESM(require_lib3(), 1);
var import_undici = __toESM(require_undici(), 1);
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
function getAuthString(token, options) {
  if (!token && !options.auth) {
    throw new Error("Parameter token or opts.auth is required");
  } else if (token && options.auth) {
    throw new Error("Parameters token and opts.auth may not both be specified");
  }
  return typeof options.auth === "string" ? options.auth : `token ${token}`;
}
function getProxyAgent(destinationUrl) {
  const hc = new httpClient.HttpClient();
  return hc.getAgent(destinationUrl);
}
function getProxyAgentDispatcher(destinationUrl) {
  const hc = new httpClient.HttpClient();
  return hc.getAgentDispatcher(destinationUrl);
}
function getProxyFetch(destinationUrl) {
  const httpDispatcher = getProxyAgentDispatcher(destinationUrl);
  const proxyFetch = (url, opts) => __awaiter(this, void 0, void 0, function* () {
    return (0, import_undici.fetch)(url, Object.assign(Object.assign({}, opts), { dispatcher: httpDispatcher }));
  });
  return proxyFetch;
}
function getApiBaseUrl() {
  return process.env["GITHUB_API_URL"] || "https://api.github.com";
}
function getUserAgentWithOrchestrationId(baseUserAgent) {
  var _a;
  const orchId = (_a = process.env["ACTIONS_ORCHESTRATION_ID"]) === null || _a === void 0 ? void 0 : _a.trim();
  if (orchId) {
    const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, "_");
    const tag = `actions_orchestration_id/${sanitizedId}`;
    if (baseUserAgent === null || baseUserAgent === void 0 ? void 0 : baseUserAgent.includes(tag))
      return baseUserAgent;
    const ua = baseUserAgent ? `${baseUserAgent} ` : "";
    return `${ua}${tag}`;
  }
  return baseUserAgent;
}

// node_modules/universal-user-agent/index.js
function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }
  if (typeof process === "object" && process.version !== void 0) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${process.arch})`;
  }
  return "<environment undetectable>";
}

// node_modules/before-after-hook/lib/register.js
function register(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }
  if (!options) {
    options = {};
  }
  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name2) => {
      return register.bind(null, state, name2, callback, options);
    }, method)();
  }
  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }
    return state.registry[name].reduce((method2, registered) => {
      return registered.hook.bind(null, method2, options);
    }, method)();
  });
}

// node_modules/before-after-hook/lib/add.js
function addHook(state, kind, name, hook2) {
  const orig = hook2;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }
  if (kind === "before") {
    hook2 = (method, options) => {
      return Promise.resolve().then(orig.bind(null, options)).then(method.bind(null, options));
    };
  }
  if (kind === "after") {
    hook2 = (method, options) => {
      let result;
      return Promise.resolve().then(method.bind(null, options)).then((result_) => {
        result = result_;
        return orig(result, options);
      }).then(() => {
        return result;
      });
    };
  }
  if (kind === "error") {
    hook2 = (method, options) => {
      return Promise.resolve().then(method.bind(null, options)).catch((error) => {
        return orig(error, options);
      });
    };
  }
  state.registry[name].push({
    hook: hook2,
    orig
  });
}

// node_modules/before-after-hook/lib/remove.js
function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }
  const index = state.registry[name].map((registered) => {
    return registered.orig;
  }).indexOf(method);
  if (index === -1) {
    return;
  }
  state.registry[name].splice(index, 1);
}

// node_modules/before-after-hook/index.js
var bind = Function.bind;
var bindable = bind.bind(bind);
function bindApi(hook2, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    name ? [state, name] : [state]
  );
  hook2.api = { remove: removeHookRef };
  hook2.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = name ? [state, kind, name] : [state, kind];
    hook2[kind] = hook2.api[kind] = bindable(addHook, null).apply(null, args);
  });
}
function Singular() {
  const singularHookName = /* @__PURE__ */ Symbol("Singular");
  const singularHookState = {
    registry: {}
  };
  const singularHook = register.bind(null, singularHookState, singularHookName);
  bindApi(singularHook, singularHookState, singularHookName);
  return singularHook;
}
function Collection() {
  const state = {
    registry: {}
  };
  const hook2 = register.bind(null, state);
  bindApi(hook2, state);
  return hook2;
}
var before_after_hook_default = { Singular, Collection };

// node_modules/@octokit/endpoint/dist-bundle/index.js
var VERSION = "0.0.0-development";
var userAgent = `octokit-endpoint.js/${VERSION} ${getUserAgent()}`;
var DEFAULTS = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};
function lowercaseKeys(object2) {
  if (!object2) {
    return {};
  }
  return Object.keys(object2).reduce((newObj, key3) => {
    newObj[key3.toLowerCase()] = object2[key3];
    return newObj;
  }, {});
}
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
function mergeDeep(defaults3, options) {
  const result = Object.assign({}, defaults3);
  Object.keys(options).forEach((key3) => {
    if (isPlainObject(options[key3])) {
      if (!(key3 in defaults3)) Object.assign(result, { [key3]: options[key3] });
      else result[key3] = mergeDeep(defaults3[key3], options[key3]);
    } else {
      Object.assign(result, { [key3]: options[key3] });
    }
  });
  return result;
}
function removeUndefinedProperties(obj) {
  for (const key3 in obj) {
    if (obj[key3] === void 0) {
      delete obj[key3];
    }
  }
  return obj;
}
function merge(defaults3, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults3 || {}, options);
  if (options.url === "/graphql") {
    if (defaults3 && defaults3.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults3.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
  }
  return mergedOptions;
}
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return url + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}
function omit(object2, keysToOmit) {
  const result = { __proto__: null };
  for (const key3 of Object.keys(object2)) {
    if (keysToOmit.indexOf(key3) === -1) {
      result[key3] = object2[key3];
    }
  }
  return result;
}
function encodeReserved(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key3) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key3) {
    return encodeUnreserved(key3) + "=" + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context3, operator, key3, modifier) {
  var value = context3[key3], result = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key3 : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key3 : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              result.push(encodeValue(operator, value[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key3) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key3));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key3) + "=");
    } else if (value === "") {
      result.push("");
    }
  }
  return result;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context3) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context3, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}
function parse2(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview) => {
          const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}
function endpointWithDefaults(defaults3, route, options) {
  return parse2(merge(defaults3, route, options));
}
function withDefaults3(oldDefaults, newDefaults) {
  const DEFAULTS2 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults3.bind(null, DEFAULTS2),
    merge: merge.bind(null, DEFAULTS2),
    parse: parse2
  });
}
var endpoint = withDefaults3(null, DEFAULTS);

// node_modules/content-type/dist/index.js
var SP = 32;
var HTAB = 9;
var SEMI = 59;
var EQ = 61;
var DQUOTE = 34;
var BSLASH = 92;
var COMMA2 = 44;
var LOWER_CASE = 1;
var OWS = 2;
var SEMI_FLAG = 4;
var COMMA_FLAG = 8;
var TOKEN_FLAG = 16;
var NON_ASCII = 65280;
var CASE_FLAGS = LOWER_CASE | NON_ASCII;
var CHAR_MAP = new Uint8Array(256);
CHAR_MAP[HTAB] |= OWS;
CHAR_MAP[SP] |= OWS;
CHAR_MAP[SEMI] |= SEMI_FLAG;
CHAR_MAP[COMMA2] |= COMMA_FLAG;
for (let code2 = 128; code2 <= 255; code2++) {
  CHAR_MAP[code2] |= LOWER_CASE;
}
for (const char of "!#$%&'*+-.^_`|~") {
  CHAR_MAP[char.charCodeAt(0)] |= TOKEN_FLAG;
}
for (let code2 = 48; code2 <= 57; code2++) {
  CHAR_MAP[code2] |= TOKEN_FLAG;
}
for (let code2 = 65; code2 <= 90; code2++) {
  CHAR_MAP[code2] |= LOWER_CASE | TOKEN_FLAG;
}
for (let code2 = 97; code2 <= 122; code2++) {
  CHAR_MAP[code2] |= TOKEN_FLAG;
}
var NullObject = /* @__PURE__ */ (() => {
  const C = function() {
  };
  C.prototype = /* @__PURE__ */ Object.create(null);
  return C;
})();
function parse3(header, options) {
  const stopFlags = SEMI_FLAG | (options?.comma === true ? COMMA_FLAG : 0);
  const len = header.length;
  let valueStart = options?.start ?? 0;
  while ((CHAR_MAP[header.charCodeAt(valueStart)] & OWS) !== 0) {
    valueStart++;
  }
  let index = valueStart;
  let typeFlags = 0;
  let whitespace = -1;
  let stop = options?.parameters === false ? COMMA_FLAG : 0;
  while (index < len) {
    const code2 = header.charCodeAt(index);
    const flags = CHAR_MAP[code2];
    if ((flags & stopFlags) !== 0) {
      stop |= flags & COMMA_FLAG;
      break;
    }
    if ((flags & OWS) !== 0) {
      if (whitespace === -1)
        whitespace = index;
    } else {
      whitespace = -1;
    }
    typeFlags |= code2 & NON_ASCII | flags;
    index++;
  }
  const valueEnd = whitespace === -1 ? index : whitespace;
  const value = header.slice(valueStart, valueEnd);
  const type = (typeFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
  if (index === len || stop !== 0) {
    return { type, index, parameters: new NullObject() };
  }
  return parseParameters(header, type, index, len, stopFlags);
}
function parseParameters(header, type, index, len, stopFlags) {
  const parameters = new NullObject();
  parameter: while (index < len) {
    index++;
    while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
      index++;
    }
    const keyStart = index;
    let keyFlags = 0;
    let keyWhitespace = -1;
    while (index < len) {
      const code2 = header.charCodeAt(index);
      const flags = CHAR_MAP[code2];
      if ((flags & stopFlags) !== 0) {
        if ((flags & COMMA_FLAG) !== 0)
          break parameter;
        continue parameter;
      }
      if (code2 === EQ) {
        const keyEnd = keyWhitespace === -1 ? index : keyWhitespace;
        const value = header.slice(keyStart, keyEnd);
        const key3 = (keyFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
        index++;
        while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
          index++;
        }
        if (index < len && header.charCodeAt(index) === DQUOTE) {
          const quotedStart = ++index;
          let escaped = false;
          while (index < len) {
            const code3 = header.charCodeAt(index);
            if (code3 === DQUOTE) {
              if (parameters[key3] === void 0) {
                parameters[key3] = escaped ? unescapeQuotedPairs(header, quotedStart, index) : header.slice(quotedStart, index);
              }
              index++;
              let stop2 = 0;
              while (index < len) {
                const code4 = header.charCodeAt(index);
                const flags2 = CHAR_MAP[code4];
                if ((flags2 & stopFlags) !== 0) {
                  stop2 = flags2 & COMMA_FLAG;
                  break;
                }
                index++;
              }
              if (stop2 !== 0)
                break parameter;
              continue parameter;
            }
            if (code3 === BSLASH && index + 1 < len) {
              escaped = true;
              index += 2;
              continue;
            }
            index++;
          }
          continue parameter;
        }
        const valueStart = index;
        let stop = 0;
        let valueWhitespace = -1;
        while (index < len) {
          const code3 = header.charCodeAt(index);
          const flags2 = CHAR_MAP[code3];
          if ((flags2 & stopFlags) !== 0) {
            stop = flags2 & COMMA_FLAG;
            break;
          }
          if ((flags2 & OWS) !== 0) {
            if (valueWhitespace === -1)
              valueWhitespace = index;
          } else {
            valueWhitespace = -1;
          }
          index++;
        }
        if (parameters[key3] === void 0) {
          const valueEnd = valueWhitespace === -1 ? index : valueWhitespace;
          parameters[key3] = header.slice(valueStart, valueEnd);
        }
        if (stop !== 0)
          break parameter;
        continue parameter;
      }
      if ((flags & OWS) !== 0) {
        if (keyWhitespace === -1)
          keyWhitespace = index;
      } else {
        keyWhitespace = -1;
      }
      keyFlags |= code2 & NON_ASCII | flags;
      index++;
    }
  }
  return { type, index, parameters };
}
function unescapeQuotedPairs(str, start, end) {
  let result = "";
  for (let index = start; index < end; index++) {
    if (str.charCodeAt(index) === BSLASH) {
      result += str.slice(start, index);
      start = ++index;
    }
  }
  return result + str.slice(start, end);
}

// node_modules/json-with-bigint/json-with-bigint.js
var intRegex = /^-?\d+$/;
var noiseValue = /^-?\d+n+$/;
var originalStringify = JSON.stringify;
var originalParse = JSON.parse;
var customFormat = /^-?\d+n$/;
var bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
var noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;
var isUnstringifiable = (val) => val === void 0 || typeof val === "function" || typeof val === "symbol";
var isRawJSON = (val) => val !== null && typeof val === "object" && val.constructor && val.constructor.name === "RawJSON";
var stringifyIteratively = (rootValue, replacer, spaceParam) => {
  let space = "";
  if (typeof spaceParam === "number") {
    space = " ".repeat(Math.min(10, Math.max(0, Math.floor(spaceParam))));
  } else if (typeof spaceParam === "string") {
    space = spaceParam.slice(0, 10);
  }
  const isFunctionReplacer = typeof replacer === "function";
  const propertyList = Array.isArray(replacer) ? new Set(replacer.map(String)) : null;
  const prepareVal = (parent, key3, val) => {
    const isObject3 = val !== null && typeof val === "object";
    const hasToJSON = isObject3 && typeof val.toJSON === "function";
    if (hasToJSON) {
      val = val.toJSON(key3);
    }
    const isNoise = typeof val === "string" && noiseValue.test(val);
    if (isNoise) return val + "n";
    const isBigInt = typeof val === "bigint";
    if (isBigInt) {
      const supportsRawJSON = "rawJSON" in JSON;
      if (supportsRawJSON) return JSON.rawJSON(val.toString());
      return val.toString() + "n";
    }
    if (isFunctionReplacer) {
      val = replacer.call(parent, key3, val);
    }
    const isPostReplacerObject = val !== null && typeof val === "object";
    if (isPostReplacerObject) {
      const isPrimitiveWrapper = val instanceof Number || val instanceof String || val instanceof Boolean;
      if (isPrimitiveWrapper) {
        val = val.valueOf();
      }
    }
    return val;
  };
  const rootProcessed = prepareVal({ "": rootValue }, "", rootValue);
  if (isUnstringifiable(rootProcessed)) {
    return void 0;
  }
  const isRootPrimitive = rootProcessed === null || typeof rootProcessed !== "object";
  const isRootNativeRawJSON = isRawJSON(rootProcessed);
  if (isRootPrimitive || isRootNativeRawJSON) {
    return originalStringify(rootProcessed);
  }
  const chunks = [];
  let level = 0;
  const stack = [
    {
      parent: { "": rootProcessed },
      key: "",
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: true
    }
  ];
  const visited = new WeakSet([rootProcessed]);
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (node.index === 0) {
      chunks.push(node.isArray ? "[" : "{");
      level++;
    }
    let isDone = false;
    if (node.isArray) {
      if (node.index < node.val.length) {
        if (!node.first) chunks.push(",");
        if (space) chunks.push("\n" + space.repeat(level));
        const childRaw = node.val[node.index];
        const childVal = prepareVal(node.val, String(node.index), childRaw);
        if (isUnstringifiable(childVal)) {
          chunks.push("null");
          node.first = false;
          node.index++;
        } else {
          const isComplexObject = childVal !== null && typeof childVal === "object";
          const isNativeRaw = isRawJSON(childVal);
          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError("Converting circular structure to JSON");
            }
            visited.add(childVal);
            stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true
            });
            node.first = false;
            node.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node.first = false;
            node.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node.index < node.keys.length) {
        const k = node.keys[node.index++];
        const isFilteredOutByArray = propertyList && !propertyList.has(k);
        if (isFilteredOutByArray) continue;
        const childRaw = node.val[k];
        const childVal = prepareVal(node.val, k, childRaw);
        if (isUnstringifiable(childVal)) continue;
        if (!node.first) chunks.push(",");
        if (space) {
          chunks.push("\n" + space.repeat(level) + originalStringify(k) + ": ");
        } else {
          chunks.push(originalStringify(k) + ":");
        }
        const isComplexObject = childVal !== null && typeof childVal === "object";
        const isNativeRaw = isRawJSON(childVal);
        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal)) {
            throw new TypeError("Converting circular structure to JSON");
          }
          visited.add(childVal);
          stack.push({
            parent: node.val,
            key: k,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true
          });
          node.first = false;
          break;
        } else {
          chunks.push(originalStringify(childVal));
          node.first = false;
        }
      }
      const isNodeFullyProcessed = node.index >= node.keys.length && stack[stack.length - 1] === node;
      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }
    if (isDone) {
      level--;
      if (!node.first && space) chunks.push("\n" + space.repeat(level));
      chunks.push(node.isArray ? "]" : "}");
      visited.delete(node.val);
      stack.pop();
    }
  }
  return chunks.join("");
};
var JSONStringify = (value, replacer, space) => {
  try {
    const supportsRawJSON = "rawJSON" in JSON;
    if (supportsRawJSON) {
      return originalStringify(
        value,
        (key3, val) => {
          if (typeof val === "bigint") return JSON.rawJSON(val.toString());
          const hasFunctionReplacer = typeof replacer === "function";
          if (hasFunctionReplacer) return replacer(key3, val);
          const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key3);
          if (isKeyInArrayReplacer) return val;
          return val;
        },
        space
      );
    }
    if (!value) return originalStringify(value, replacer, space);
    const convertedToCustomJSON = originalStringify(
      value,
      (key3, val) => {
        const isNoise = typeof val === "string" && noiseValue.test(val);
        if (isNoise) return val.toString() + "n";
        if (typeof val === "bigint") return val.toString() + "n";
        const hasFunctionReplacer = typeof replacer === "function";
        if (hasFunctionReplacer) return replacer(key3, val);
        const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key3);
        if (isKeyInArrayReplacer) return val;
        return val;
      },
      space
    );
    const processedJSON = convertedToCustomJSON.replace(
      bigIntsStringify,
      "$1$2$3"
    );
    const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3");
    return denoisedJSON;
  } catch (error) {
    if (error instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value, replacer, space);
      if (convertedJSON === void 0) return void 0;
      const supportsRawJSON = "rawJSON" in JSON;
      if (supportsRawJSON) return convertedJSON;
      const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");
      return processedJSON.replace(noiseStringify, "$1$2$3");
    }
    throw error;
  }
};
var featureCache = /* @__PURE__ */ new Map();
var isContextSourceSupported = () => {
  const parseFingerprint = JSON.parse.toString();
  if (featureCache.has(parseFingerprint)) {
    return featureCache.get(parseFingerprint);
  }
  try {
    const result = JSON.parse(
      "1",
      (_, __, context3) => !!context3?.source && context3.source === "1"
    );
    featureCache.set(parseFingerprint, result);
    return result;
  } catch {
    featureCache.set(parseFingerprint, false);
    return false;
  }
};
var convertMarkedBigIntsReviver = (key3, value, context3, userReviver) => {
  const isCustomFormatBigInt = typeof value === "string" && customFormat.test(value);
  if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));
  const isNoiseValue = typeof value === "string" && noiseValue.test(value);
  if (isNoiseValue) return value.slice(0, -1);
  const hasUserReviver = typeof userReviver === "function";
  if (!hasUserReviver) return value;
  return userReviver(key3, value, context3);
};
var JSONParseV2 = (text, reviver) => {
  return JSON.parse(text, (key3, value, context3) => {
    const isNumber = typeof value === "number";
    const isOutOfBounds = value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
    const isBigNumber = isNumber && isOutOfBounds;
    const isInt = context3 && intRegex.test(context3.source);
    const isBigInt = isBigNumber && isInt;
    if (isBigInt) return BigInt(context3.source);
    const hasCustomReviver = typeof reviver === "function";
    if (!hasCustomReviver) return value;
    return reviver(key3, value, context3);
  });
};
var MAX_INT = Number.MAX_SAFE_INTEGER.toString();
var MAX_DIGITS = MAX_INT.length;
var stringsOrLargeNumbers = /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
var noiseValueWithQuotes = /^"-?\d+n+"$/;
var applyReviverIteratively = (parsed, userReviver) => {
  const rootHolder = { "": parsed };
  const stack = [{ parent: rootHolder, key: "", visited: false }];
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (!node.visited) {
      node.visited = true;
      const value = node.parent[node.key];
      const isComplexObject = value !== null && typeof value === "object";
      if (isComplexObject) {
        const keys = Object.keys(value);
        for (let i = keys.length - 1; i >= 0; i--) {
          stack.push({ parent: value, key: keys[i], visited: false });
        }
      }
    } else {
      const { parent, key: key3 } = node;
      let value = parent[key3];
      if (typeof value === "string") {
        const isCustomFormatBigInt = customFormat.test(value);
        if (isCustomFormatBigInt) {
          value = BigInt(value.slice(0, -1));
        } else {
          const isNoise = noiseValue.test(value);
          if (isNoise) value = value.slice(0, -1);
        }
      }
      const hasUserReviver = typeof userReviver === "function";
      if (hasUserReviver) {
        value = userReviver.call(parent, key3, value);
      }
      const isDeleted = value === void 0;
      if (isDeleted) {
        delete parent[key3];
      } else {
        parent[key3] = value;
      }
      stack.pop();
    }
  }
  return rootHolder[""];
};
var serializeBigInts = (text) => {
  return text.replace(
    stringsOrLargeNumbers,
    (match, digits, fractional, exponential) => {
      const isString = match[0] === '"';
      const isNoise = isString && noiseValueWithQuotes.test(match);
      if (isNoise) return match.substring(0, match.length - 1) + 'n"';
      const hasFractionalOrExponential = fractional || exponential;
      const isLessThanMaxSafeInt = digits && (digits.length < MAX_DIGITS || digits.length === MAX_DIGITS && digits <= MAX_INT);
      const isStandardValue = isString || hasFractionalOrExponential || isLessThanMaxSafeInt;
      if (isStandardValue) return match;
      return '"' + match + 'n"';
    }
  );
};
var JSONParse = (text, reviver) => {
  if (!text) return originalParse(text, reviver);
  try {
    if (isContextSourceSupported()) return JSONParseV2(text, reviver);
    const serializedData = serializeBigInts(text);
    return originalParse(
      serializedData,
      (key3, value, context3) => convertMarkedBigIntsReviver(key3, value, context3, reviver)
    );
  } catch (error) {
    if (error instanceof RangeError) {
      const serializedData = serializeBigInts(text);
      const parsed = originalParse(serializedData);
      return applyReviverIteratively(parsed, reviver);
    }
    throw error;
  }
};

// node_modules/@octokit/request-error/dist-src/index.js
var RequestError = class extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options) {
    super(message, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
};

// node_modules/@octokit/request/dist-bundle/index.js
var VERSION2 = "10.0.16";
var defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${VERSION2} ${getUserAgent()}`
  }
};
function isPlainObject2(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
var noop = () => "";
async function fetchWrapper(requestOptions) {
  const fetch2 = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch2) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = isPlainObject2(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [
      name,
      String(value)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch2(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error) {
    let message = "Unknown Error";
    if (error instanceof Error) {
      if (error.name === "AbortError") {
        error.status = 500;
        throw error;
      }
      message = error.message;
      if (error.name === "TypeError" && "cause" in error) {
        if (error.cause instanceof Error) {
          message = error.cause.message;
        } else if (typeof error.cause === "string") {
          message = error.cause;
        }
      }
    }
    const requestError = new RequestError(message, 500, {
      request: requestOptions
    });
    requestError.cause = error;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key3, value] of fetchResponse.headers) {
    responseHeaders[key3] = value;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new RequestError(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(noop);
  }
  const mimetype = parse3(contentType);
  if (isJSONResponse(mimetype)) {
    let text = "";
    try {
      text = await response.text();
      return JSONParse(text);
    } catch (err) {
      return text;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter — see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(noop);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}
function withDefaults4(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request2 = (route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    };
    Object.assign(request2, {
      endpoint: endpoint2,
      defaults: withDefaults4.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request2, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: withDefaults4.bind(null, endpoint2)
  });
}
var request = withDefaults4(endpoint, defaults_default);

// node_modules/@octokit/graphql/dist-bundle/index.js
var VERSION3 = "0.0.0-development";
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
var GraphqlResponseError = class extends Error {
  constructor(request2, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request2;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
};
var NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query, options) {
  if (options) {
    if (typeof query === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key3 in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key3)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key3}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key3) => {
    if (NON_VARIABLE_OPTIONS.includes(key3)) {
      result[key3] = parsedOptions[key3];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key3] = parsedOptions[key3];
    return result;
  }, {});
  const baseUrl2 = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl2)) {
    requestOptions.url = baseUrl2.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key3 of Object.keys(response.headers)) {
        headers[key3] = response.headers[key3];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}
function withDefaults5(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = (query, options) => {
    return graphql(newRequest, query, options);
  };
  return Object.assign(newApi, {
    defaults: withDefaults5.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}
var graphql2 = withDefaults5(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${VERSION3} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return withDefaults5(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}

// node_modules/@octokit/auth-token/dist-bundle/index.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep}${b64url}${sep}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}
async function hook(token, request2, route, parameters) {
  const endpoint2 = request2.endpoint.merge(
    route,
    parameters
  );
  endpoint2.headers.authorization = withAuthorizationPrefix(token);
  return request2(endpoint2);
}
var createTokenAuth = function createTokenAuth2(token) {
  if (!token) {
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  }
  if (typeof token !== "string") {
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  }
  token = token.replace(/^(token|bearer) +/i, "");
  return Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
};

// node_modules/@octokit/core/dist-src/version.js
var VERSION4 = "7.0.8";

// node_modules/@octokit/core/dist-src/index.js
var noop2 = () => {
};
var consoleWarn = console.warn.bind(console);
var consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = noop2;
  }
  if (typeof logger.info !== "function") {
    logger.info = noop2;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
var userAgentTrail = `octokit-core.js/${VERSION4} ${getUserAgent()}`;
var Octokit = class {
  static VERSION = VERSION4;
  static defaults(defaults3) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options = args[0] || {};
        if (typeof defaults3 === "function") {
          super(defaults3(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults3,
            options,
            options.userAgent && defaults3.userAgent ? {
              userAgent: `${options.userAgent} ${defaults3.userAgent}`
            } : null
          )
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
    return NewOctokit;
  }
  constructor(options = {}) {
    const hook2 = new before_after_hook_default.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook2.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
    if (options.baseUrl) {
      requestDefaults.baseUrl = options.baseUrl;
    }
    if (options.previews) {
      requestDefaults.mediaType.previews = options.previews;
    }
    if (options.timeZone) {
      requestDefaults.headers["time-zone"] = options.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options.log);
    this.hook = hook2;
    if (!options.authStrategy) {
      if (!options.auth) {
        this.auth = async () => ({
          type: "unauthenticated"
        });
      } else {
        const auth2 = createTokenAuth(options.auth);
        hook2.wrap("request", auth2.hook);
        this.auth = auth2;
      }
    } else {
      const { authStrategy, ...otherOptions } = options;
      const auth2 = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options.auth
        )
      );
      hook2.wrap("request", auth2.hook);
      this.auth = auth2;
    }
    const classConstructor = this.constructor;
    for (let i = 0; i < classConstructor.plugins.length; ++i) {
      Object.assign(this, classConstructor.plugins[i](this, options));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
};

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/version.js
var VERSION5 = "17.0.0";

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/generated/endpoints.js
var Endpoints = {
  actions: {
    addCustomLabelsToSelfHostedRunnerForOrg: [
      "POST /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    addCustomLabelsToSelfHostedRunnerForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    addRepoAccessToSelfHostedRunnerGroupInOrg: [
      "PUT /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    approveWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/approve"
    ],
    cancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel"
    ],
    createEnvironmentVariable: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    createHostedRunnerForOrg: ["POST /orgs/{org}/actions/hosted-runners"],
    createOrUpdateEnvironmentSecret: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    createOrUpdateOrgSecret: ["PUT /orgs/{org}/actions/secrets/{secret_name}"],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    createOrgVariable: ["POST /orgs/{org}/actions/variables"],
    createRegistrationTokenForOrg: [
      "POST /orgs/{org}/actions/runners/registration-token"
    ],
    createRegistrationTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/registration-token"
    ],
    createRemoveTokenForOrg: ["POST /orgs/{org}/actions/runners/remove-token"],
    createRemoveTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/remove-token"
    ],
    createRepoVariable: ["POST /repos/{owner}/{repo}/actions/variables"],
    createWorkflowDispatch: [
      "POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches"
    ],
    deleteActionsCacheById: [
      "DELETE /repos/{owner}/{repo}/actions/caches/{cache_id}"
    ],
    deleteActionsCacheByKey: [
      "DELETE /repos/{owner}/{repo}/actions/caches{?key,ref}"
    ],
    deleteArtifact: [
      "DELETE /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"
    ],
    deleteCustomImageFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    deleteCustomImageVersionFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    deleteEnvironmentSecret: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    deleteEnvironmentVariable: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    deleteHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/actions/secrets/{secret_name}"],
    deleteOrgVariable: ["DELETE /orgs/{org}/actions/variables/{name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    deleteRepoVariable: [
      "DELETE /repos/{owner}/{repo}/actions/variables/{name}"
    ],
    deleteSelfHostedRunnerFromOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}"
    ],
    deleteSelfHostedRunnerFromRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    deleteWorkflowRun: ["DELETE /repos/{owner}/{repo}/actions/runs/{run_id}"],
    deleteWorkflowRunLogs: [
      "DELETE /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    disableSelectedRepositoryGithubActionsOrganization: [
      "DELETE /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    disableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/disable"
    ],
    downloadArtifact: [
      "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}"
    ],
    downloadJobLogsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs"
    ],
    downloadWorkflowRunAttemptLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs"
    ],
    downloadWorkflowRunLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    enableSelectedRepositoryGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    enableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable"
    ],
    forceCancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel"
    ],
    generateRunnerJitconfigForOrg: [
      "POST /orgs/{org}/actions/runners/generate-jitconfig"
    ],
    generateRunnerJitconfigForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/generate-jitconfig"
    ],
    getActionsCacheList: ["GET /repos/{owner}/{repo}/actions/caches"],
    getActionsCacheUsage: ["GET /repos/{owner}/{repo}/actions/cache/usage"],
    getActionsCacheUsageByRepoForOrg: [
      "GET /orgs/{org}/actions/cache/usage-by-repository"
    ],
    getActionsCacheUsageForOrg: ["GET /orgs/{org}/actions/cache/usage"],
    getAllowedActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/selected-actions"
    ],
    getAllowedActionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    getArtifact: ["GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"],
    getCustomImageForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    getCustomImageVersionForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    getCustomOidcSubClaimForRepo: [
      "GET /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    getEnvironmentPublicKey: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/public-key"
    ],
    getEnvironmentSecret: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    getEnvironmentVariable: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    getGithubActionsDefaultWorkflowPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions/workflow"
    ],
    getGithubActionsDefaultWorkflowPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    getGithubActionsPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions"
    ],
    getGithubActionsPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions"
    ],
    getHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    getHostedRunnersGithubOwnedImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/github-owned"
    ],
    getHostedRunnersLimitsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/limits"
    ],
    getHostedRunnersMachineSpecsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/machine-sizes"
    ],
    getHostedRunnersPartnerImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/partner"
    ],
    getHostedRunnersPlatformsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/platforms"
    ],
    getJobForWorkflowRun: ["GET /repos/{owner}/{repo}/actions/jobs/{job_id}"],
    getOrgPublicKey: ["GET /orgs/{org}/actions/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/actions/secrets/{secret_name}"],
    getOrgVariable: ["GET /orgs/{org}/actions/variables/{name}"],
    getPendingDeploymentsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    getRepoPermissions: [
      "GET /repos/{owner}/{repo}/actions/permissions",
      {},
      { renamed: ["actions", "getGithubActionsPermissionsRepository"] }
    ],
    getRepoPublicKey: ["GET /repos/{owner}/{repo}/actions/secrets/public-key"],
    getRepoSecret: ["GET /repos/{owner}/{repo}/actions/secrets/{secret_name}"],
    getRepoVariable: ["GET /repos/{owner}/{repo}/actions/variables/{name}"],
    getReviewsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals"
    ],
    getSelfHostedRunnerForOrg: ["GET /orgs/{org}/actions/runners/{runner_id}"],
    getSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    getWorkflow: ["GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}"],
    getWorkflowAccessToRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/access"
    ],
    getWorkflowRun: ["GET /repos/{owner}/{repo}/actions/runs/{run_id}"],
    getWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}"
    ],
    getWorkflowRunUsage: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/timing"
    ],
    getWorkflowUsage: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/timing"
    ],
    listArtifactsForRepo: ["GET /repos/{owner}/{repo}/actions/artifacts"],
    listCustomImageVersionsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions"
    ],
    listCustomImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom"
    ],
    listEnvironmentSecrets: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets"
    ],
    listEnvironmentVariables: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    listGithubHostedRunnersInGroupForOrg: [
      "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners"
    ],
    listHostedRunnersForOrg: ["GET /orgs/{org}/actions/hosted-runners"],
    listJobsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs"
    ],
    listJobsForWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs"
    ],
    listLabelsForSelfHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    listLabelsForSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    listOrgSecrets: ["GET /orgs/{org}/actions/secrets"],
    listOrgVariables: ["GET /orgs/{org}/actions/variables"],
    listRepoOrganizationSecrets: [
      "GET /repos/{owner}/{repo}/actions/organization-secrets"
    ],
    listRepoOrganizationVariables: [
      "GET /repos/{owner}/{repo}/actions/organization-variables"
    ],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/actions/secrets"],
    listRepoVariables: ["GET /repos/{owner}/{repo}/actions/variables"],
    listRepoWorkflows: ["GET /repos/{owner}/{repo}/actions/workflows"],
    listRunnerApplicationsForOrg: ["GET /orgs/{org}/actions/runners/downloads"],
    listRunnerApplicationsForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/downloads"
    ],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    listSelectedReposForOrgVariable: [
      "GET /orgs/{org}/actions/variables/{name}/repositories"
    ],
    listSelectedRepositoriesEnabledGithubActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/repositories"
    ],
    listSelfHostedRunnersForOrg: ["GET /orgs/{org}/actions/runners"],
    listSelfHostedRunnersForRepo: ["GET /repos/{owner}/{repo}/actions/runners"],
    listWorkflowRunArtifacts: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts"
    ],
    listWorkflowRuns: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs"
    ],
    listWorkflowRunsForRepo: ["GET /repos/{owner}/{repo}/actions/runs"],
    reRunJobForWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun"
    ],
    reRunWorkflow: ["POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun"],
    reRunWorkflowFailedJobs: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    removeCustomLabelFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeCustomLabelFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgVariable: [
      "DELETE /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    reviewCustomGatesForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule"
    ],
    reviewPendingDeploymentsForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    setAllowedActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/selected-actions"
    ],
    setAllowedActionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    setCustomLabelsForSelfHostedRunnerForOrg: [
      "PUT /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    setCustomLabelsForSelfHostedRunnerForRepo: [
      "PUT /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    setCustomOidcSubClaimForRepo: [
      "PUT /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    setGithubActionsDefaultWorkflowPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/workflow"
    ],
    setGithubActionsDefaultWorkflowPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    setGithubActionsPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions"
    ],
    setGithubActionsPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories"
    ],
    setSelectedRepositoriesEnabledGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories"
    ],
    setWorkflowAccessToRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/access"
    ],
    updateEnvironmentVariable: [
      "PATCH /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    updateHostedRunnerForOrg: [
      "PATCH /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    updateOrgVariable: ["PATCH /orgs/{org}/actions/variables/{name}"],
    updateRepoVariable: [
      "PATCH /repos/{owner}/{repo}/actions/variables/{name}"
    ]
  },
  activity: {
    checkRepoIsStarredByAuthenticatedUser: ["GET /user/starred/{owner}/{repo}"],
    deleteRepoSubscription: ["DELETE /repos/{owner}/{repo}/subscription"],
    deleteThreadSubscription: [
      "DELETE /notifications/threads/{thread_id}/subscription"
    ],
    getFeeds: ["GET /feeds"],
    getRepoSubscription: ["GET /repos/{owner}/{repo}/subscription"],
    getThread: ["GET /notifications/threads/{thread_id}"],
    getThreadSubscriptionForAuthenticatedUser: [
      "GET /notifications/threads/{thread_id}/subscription"
    ],
    listEventsForAuthenticatedUser: ["GET /users/{username}/events"],
    listNotificationsForAuthenticatedUser: ["GET /notifications"],
    listOrgEventsForAuthenticatedUser: [
      "GET /users/{username}/events/orgs/{org}"
    ],
    listPublicEvents: ["GET /events"],
    listPublicEventsForRepoNetwork: ["GET /networks/{owner}/{repo}/events"],
    listPublicEventsForUser: ["GET /users/{username}/events/public"],
    listPublicOrgEvents: ["GET /orgs/{org}/events"],
    listReceivedEventsForUser: ["GET /users/{username}/received_events"],
    listReceivedPublicEventsForUser: [
      "GET /users/{username}/received_events/public"
    ],
    listRepoEvents: ["GET /repos/{owner}/{repo}/events"],
    listRepoNotificationsForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/notifications"
    ],
    listReposStarredByAuthenticatedUser: ["GET /user/starred"],
    listReposStarredByUser: ["GET /users/{username}/starred"],
    listReposWatchedByUser: ["GET /users/{username}/subscriptions"],
    listStargazersForRepo: ["GET /repos/{owner}/{repo}/stargazers"],
    listWatchedReposForAuthenticatedUser: ["GET /user/subscriptions"],
    listWatchersForRepo: ["GET /repos/{owner}/{repo}/subscribers"],
    markNotificationsAsRead: ["PUT /notifications"],
    markRepoNotificationsAsRead: ["PUT /repos/{owner}/{repo}/notifications"],
    markThreadAsDone: ["DELETE /notifications/threads/{thread_id}"],
    markThreadAsRead: ["PATCH /notifications/threads/{thread_id}"],
    setRepoSubscription: ["PUT /repos/{owner}/{repo}/subscription"],
    setThreadSubscription: [
      "PUT /notifications/threads/{thread_id}/subscription"
    ],
    starRepoForAuthenticatedUser: ["PUT /user/starred/{owner}/{repo}"],
    unstarRepoForAuthenticatedUser: ["DELETE /user/starred/{owner}/{repo}"]
  },
  apps: {
    addRepoToInstallation: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "addRepoToInstallationForAuthenticatedUser"] }
    ],
    addRepoToInstallationForAuthenticatedUser: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    checkToken: ["POST /applications/{client_id}/token"],
    createFromManifest: ["POST /app-manifests/{code}/conversions"],
    createInstallationAccessToken: [
      "POST /app/installations/{installation_id}/access_tokens"
    ],
    deleteAuthorization: ["DELETE /applications/{client_id}/grant"],
    deleteInstallation: ["DELETE /app/installations/{installation_id}"],
    deleteToken: ["DELETE /applications/{client_id}/token"],
    getAuthenticated: ["GET /app"],
    getBySlug: ["GET /apps/{app_slug}"],
    getInstallation: ["GET /app/installations/{installation_id}"],
    getOrgInstallation: ["GET /orgs/{org}/installation"],
    getRepoInstallation: ["GET /repos/{owner}/{repo}/installation"],
    getSubscriptionPlanForAccount: [
      "GET /marketplace_listing/accounts/{account_id}"
    ],
    getSubscriptionPlanForAccountStubbed: [
      "GET /marketplace_listing/stubbed/accounts/{account_id}"
    ],
    getUserInstallation: ["GET /users/{username}/installation"],
    getWebhookConfigForApp: ["GET /app/hook/config"],
    getWebhookDelivery: ["GET /app/hook/deliveries/{delivery_id}"],
    listAccountsForPlan: ["GET /marketplace_listing/plans/{plan_id}/accounts"],
    listAccountsForPlanStubbed: [
      "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts"
    ],
    listInstallationReposForAuthenticatedUser: [
      "GET /user/installations/{installation_id}/repositories"
    ],
    listInstallationRequestsForAuthenticatedApp: [
      "GET /app/installation-requests"
    ],
    listInstallations: ["GET /app/installations"],
    listInstallationsForAuthenticatedUser: ["GET /user/installations"],
    listPlans: ["GET /marketplace_listing/plans"],
    listPlansStubbed: ["GET /marketplace_listing/stubbed/plans"],
    listReposAccessibleToInstallation: ["GET /installation/repositories"],
    listSubscriptionsForAuthenticatedUser: ["GET /user/marketplace_purchases"],
    listSubscriptionsForAuthenticatedUserStubbed: [
      "GET /user/marketplace_purchases/stubbed"
    ],
    listWebhookDeliveries: ["GET /app/hook/deliveries"],
    redeliverWebhookDelivery: [
      "POST /app/hook/deliveries/{delivery_id}/attempts"
    ],
    removeRepoFromInstallation: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "removeRepoFromInstallationForAuthenticatedUser"] }
    ],
    removeRepoFromInstallationForAuthenticatedUser: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    resetToken: ["PATCH /applications/{client_id}/token"],
    revokeInstallationAccessToken: ["DELETE /installation/token"],
    scopeToken: ["POST /applications/{client_id}/token/scoped"],
    suspendInstallation: ["PUT /app/installations/{installation_id}/suspended"],
    unsuspendInstallation: [
      "DELETE /app/installations/{installation_id}/suspended"
    ],
    updateWebhookConfigForApp: ["PATCH /app/hook/config"]
  },
  billing: {
    getGithubActionsBillingOrg: ["GET /orgs/{org}/settings/billing/actions"],
    getGithubActionsBillingUser: [
      "GET /users/{username}/settings/billing/actions"
    ],
    getGithubBillingPremiumRequestUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/premium_request/usage"
    ],
    getGithubBillingPremiumRequestUsageReportUser: [
      "GET /users/{username}/settings/billing/premium_request/usage"
    ],
    getGithubBillingUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/usage"
    ],
    getGithubBillingUsageReportUser: [
      "GET /users/{username}/settings/billing/usage"
    ],
    getGithubPackagesBillingOrg: ["GET /orgs/{org}/settings/billing/packages"],
    getGithubPackagesBillingUser: [
      "GET /users/{username}/settings/billing/packages"
    ],
    getSharedStorageBillingOrg: [
      "GET /orgs/{org}/settings/billing/shared-storage"
    ],
    getSharedStorageBillingUser: [
      "GET /users/{username}/settings/billing/shared-storage"
    ]
  },
  campaigns: {
    createCampaign: ["POST /orgs/{org}/campaigns"],
    deleteCampaign: ["DELETE /orgs/{org}/campaigns/{campaign_number}"],
    getCampaignSummary: ["GET /orgs/{org}/campaigns/{campaign_number}"],
    listOrgCampaigns: ["GET /orgs/{org}/campaigns"],
    updateCampaign: ["PATCH /orgs/{org}/campaigns/{campaign_number}"]
  },
  checks: {
    create: ["POST /repos/{owner}/{repo}/check-runs"],
    createSuite: ["POST /repos/{owner}/{repo}/check-suites"],
    get: ["GET /repos/{owner}/{repo}/check-runs/{check_run_id}"],
    getSuite: ["GET /repos/{owner}/{repo}/check-suites/{check_suite_id}"],
    listAnnotations: [
      "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations"
    ],
    listForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-runs"],
    listForSuite: [
      "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs"
    ],
    listSuitesForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-suites"],
    rerequestRun: [
      "POST /repos/{owner}/{repo}/check-runs/{check_run_id}/rerequest"
    ],
    rerequestSuite: [
      "POST /repos/{owner}/{repo}/check-suites/{check_suite_id}/rerequest"
    ],
    setSuitesPreferences: [
      "PATCH /repos/{owner}/{repo}/check-suites/preferences"
    ],
    update: ["PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}"]
  },
  codeScanning: {
    commitAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix/commits"
    ],
    createAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    createVariantAnalysis: [
      "POST /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses"
    ],
    deleteAnalysis: [
      "DELETE /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}{?confirm_delete}"
    ],
    deleteCodeqlDatabase: [
      "DELETE /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}",
      {},
      { renamedParameters: { alert_id: "alert_number" } }
    ],
    getAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}"
    ],
    getAutofix: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    getCodeqlDatabase: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getDefaultSetup: ["GET /repos/{owner}/{repo}/code-scanning/default-setup"],
    getSarif: ["GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}"],
    getVariantAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}"
    ],
    getVariantAnalysisRepoTask: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}/repos/{repo_owner}/{repo_name}"
    ],
    listAlertInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/code-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/code-scanning/alerts"],
    listAlertsInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",
      {},
      { renamed: ["codeScanning", "listAlertInstances"] }
    ],
    listCodeqlDatabases: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases"
    ],
    listRecentAnalyses: ["GET /repos/{owner}/{repo}/code-scanning/analyses"],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}"
    ],
    updateDefaultSetup: [
      "PATCH /repos/{owner}/{repo}/code-scanning/default-setup"
    ],
    uploadSarif: ["POST /repos/{owner}/{repo}/code-scanning/sarifs"]
  },
  codeSecurity: {
    attachConfiguration: [
      "POST /orgs/{org}/code-security/configurations/{configuration_id}/attach"
    ],
    attachEnterpriseConfiguration: [
      "POST /enterprises/{enterprise}/code-security/configurations/{configuration_id}/attach"
    ],
    createConfiguration: ["POST /orgs/{org}/code-security/configurations"],
    createConfigurationForEnterprise: [
      "POST /enterprises/{enterprise}/code-security/configurations"
    ],
    deleteConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    deleteConfigurationForEnterprise: [
      "DELETE /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    detachConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/detach"
    ],
    getConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    getConfigurationForRepository: [
      "GET /repos/{owner}/{repo}/code-security-configuration"
    ],
    getConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations"
    ],
    getConfigurationsForOrg: ["GET /orgs/{org}/code-security/configurations"],
    getDefaultConfigurations: [
      "GET /orgs/{org}/code-security/configurations/defaults"
    ],
    getDefaultConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/defaults"
    ],
    getRepositoriesForConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories"
    ],
    getRepositoriesForEnterpriseConfiguration: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories"
    ],
    getSingleConfigurationForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    setConfigurationAsDefault: [
      "PUT /orgs/{org}/code-security/configurations/{configuration_id}/defaults"
    ],
    setConfigurationAsDefaultForEnterprise: [
      "PUT /enterprises/{enterprise}/code-security/configurations/{configuration_id}/defaults"
    ],
    updateConfiguration: [
      "PATCH /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    updateEnterpriseConfiguration: [
      "PATCH /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ]
  },
  codesOfConduct: {
    getAllCodesOfConduct: ["GET /codes_of_conduct"],
    getConductCode: ["GET /codes_of_conduct/{key}"]
  },
  codespaces: {
    addRepositoryForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    checkPermissionsForDevcontainer: [
      "GET /repos/{owner}/{repo}/codespaces/permissions_check"
    ],
    codespaceMachinesForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/machines"
    ],
    createForAuthenticatedUser: ["POST /user/codespaces"],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}"
    ],
    createWithPrForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/codespaces"
    ],
    createWithRepoForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/codespaces"
    ],
    deleteForAuthenticatedUser: ["DELETE /user/codespaces/{codespace_name}"],
    deleteFromOrganization: [
      "DELETE /orgs/{org}/members/{username}/codespaces/{codespace_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/codespaces/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    deleteSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}"
    ],
    exportForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/exports"
    ],
    getCodespacesForUserInOrg: [
      "GET /orgs/{org}/members/{username}/codespaces"
    ],
    getExportDetailsForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/exports/{export_id}"
    ],
    getForAuthenticatedUser: ["GET /user/codespaces/{codespace_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/codespaces/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/codespaces/secrets/{secret_name}"],
    getPublicKeyForAuthenticatedUser: [
      "GET /user/codespaces/secrets/public-key"
    ],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    getSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}"
    ],
    listDevcontainersInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/devcontainers"
    ],
    listForAuthenticatedUser: ["GET /user/codespaces"],
    listInOrganization: [
      "GET /orgs/{org}/codespaces",
      {},
      { renamedParameters: { org_id: "org" } }
    ],
    listInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces"
    ],
    listOrgSecrets: ["GET /orgs/{org}/codespaces/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/codespaces/secrets"],
    listRepositoriesForSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}/repositories"
    ],
    listSecretsForAuthenticatedUser: ["GET /user/codespaces/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    preFlightWithRepoForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/new"
    ],
    publishForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/publish"
    ],
    removeRepositoryForSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repoMachinesForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/machines"
    ],
    setRepositoriesForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    startForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/start"],
    stopForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/stop"],
    stopInOrganization: [
      "POST /orgs/{org}/members/{username}/codespaces/{codespace_name}/stop"
    ],
    updateForAuthenticatedUser: ["PATCH /user/codespaces/{codespace_name}"]
  },
  copilot: {
    addCopilotSeatsForTeams: [
      "POST /orgs/{org}/copilot/billing/selected_teams"
    ],
    addCopilotSeatsForUsers: [
      "POST /orgs/{org}/copilot/billing/selected_users"
    ],
    cancelCopilotSeatAssignmentForTeams: [
      "DELETE /orgs/{org}/copilot/billing/selected_teams"
    ],
    cancelCopilotSeatAssignmentForUsers: [
      "DELETE /orgs/{org}/copilot/billing/selected_users"
    ],
    copilotMetricsForOrganization: ["GET /orgs/{org}/copilot/metrics"],
    copilotMetricsForTeam: ["GET /orgs/{org}/team/{team_slug}/copilot/metrics"],
    getCopilotOrganizationDetails: ["GET /orgs/{org}/copilot/billing"],
    getCopilotSeatDetailsForUser: [
      "GET /orgs/{org}/members/{username}/copilot"
    ],
    listCopilotSeats: ["GET /orgs/{org}/copilot/billing/seats"]
  },
  credentials: { revoke: ["POST /credentials/revoke"] },
  dependabot: {
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/dependabot/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    getAlert: ["GET /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"],
    getOrgPublicKey: ["GET /orgs/{org}/dependabot/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/dependabot/secrets/{secret_name}"],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    listAlertsForEnterprise: [
      "GET /enterprises/{enterprise}/dependabot/alerts"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/dependabot/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/dependabot/alerts"],
    listOrgSecrets: ["GET /orgs/{org}/dependabot/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/dependabot/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repositoryAccessForOrg: [
      "GET /organizations/{org}/dependabot/repository-access"
    ],
    setRepositoryAccessDefaultLevel: [
      "PUT /organizations/{org}/dependabot/repository-access/default-level"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"
    ],
    updateRepositoryAccessForOrg: [
      "PATCH /organizations/{org}/dependabot/repository-access"
    ]
  },
  dependencyGraph: {
    createRepositorySnapshot: [
      "POST /repos/{owner}/{repo}/dependency-graph/snapshots"
    ],
    diffRange: [
      "GET /repos/{owner}/{repo}/dependency-graph/compare/{basehead}"
    ],
    exportSbom: ["GET /repos/{owner}/{repo}/dependency-graph/sbom"]
  },
  emojis: { get: ["GET /emojis"] },
  enterpriseTeamMemberships: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/remove"
    ],
    get: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    list: ["GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships"],
    remove: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ]
  },
  enterpriseTeamOrganizations: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/remove"
    ],
    delete: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignment: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignments: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations"
    ]
  },
  enterpriseTeams: {
    create: ["POST /enterprises/{enterprise}/teams"],
    delete: ["DELETE /enterprises/{enterprise}/teams/{team_slug}"],
    get: ["GET /enterprises/{enterprise}/teams/{team_slug}"],
    list: ["GET /enterprises/{enterprise}/teams"],
    update: ["PATCH /enterprises/{enterprise}/teams/{team_slug}"]
  },
  gists: {
    checkIsStarred: ["GET /gists/{gist_id}/star"],
    create: ["POST /gists"],
    createComment: ["POST /gists/{gist_id}/comments"],
    delete: ["DELETE /gists/{gist_id}"],
    deleteComment: ["DELETE /gists/{gist_id}/comments/{comment_id}"],
    fork: ["POST /gists/{gist_id}/forks"],
    get: ["GET /gists/{gist_id}"],
    getComment: ["GET /gists/{gist_id}/comments/{comment_id}"],
    getRevision: ["GET /gists/{gist_id}/{sha}"],
    list: ["GET /gists"],
    listComments: ["GET /gists/{gist_id}/comments"],
    listCommits: ["GET /gists/{gist_id}/commits"],
    listForUser: ["GET /users/{username}/gists"],
    listForks: ["GET /gists/{gist_id}/forks"],
    listPublic: ["GET /gists/public"],
    listStarred: ["GET /gists/starred"],
    star: ["PUT /gists/{gist_id}/star"],
    unstar: ["DELETE /gists/{gist_id}/star"],
    update: ["PATCH /gists/{gist_id}"],
    updateComment: ["PATCH /gists/{gist_id}/comments/{comment_id}"]
  },
  git: {
    createBlob: ["POST /repos/{owner}/{repo}/git/blobs"],
    createCommit: ["POST /repos/{owner}/{repo}/git/commits"],
    createRef: ["POST /repos/{owner}/{repo}/git/refs"],
    createTag: ["POST /repos/{owner}/{repo}/git/tags"],
    createTree: ["POST /repos/{owner}/{repo}/git/trees"],
    deleteRef: ["DELETE /repos/{owner}/{repo}/git/refs/{ref}"],
    getBlob: ["GET /repos/{owner}/{repo}/git/blobs/{file_sha}"],
    getCommit: ["GET /repos/{owner}/{repo}/git/commits/{commit_sha}"],
    getRef: ["GET /repos/{owner}/{repo}/git/ref/{ref}"],
    getTag: ["GET /repos/{owner}/{repo}/git/tags/{tag_sha}"],
    getTree: ["GET /repos/{owner}/{repo}/git/trees/{tree_sha}"],
    listMatchingRefs: ["GET /repos/{owner}/{repo}/git/matching-refs/{ref}"],
    updateRef: ["PATCH /repos/{owner}/{repo}/git/refs/{ref}"]
  },
  gitignore: {
    getAllTemplates: ["GET /gitignore/templates"],
    getTemplate: ["GET /gitignore/templates/{name}"]
  },
  hostedCompute: {
    createNetworkConfigurationForOrg: [
      "POST /orgs/{org}/settings/network-configurations"
    ],
    deleteNetworkConfigurationFromOrg: [
      "DELETE /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkConfigurationForOrg: [
      "GET /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkSettingsForOrg: [
      "GET /orgs/{org}/settings/network-settings/{network_settings_id}"
    ],
    listNetworkConfigurationsForOrg: [
      "GET /orgs/{org}/settings/network-configurations"
    ],
    updateNetworkConfigurationForOrg: [
      "PATCH /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ]
  },
  interactions: {
    getRestrictionsForAuthenticatedUser: ["GET /user/interaction-limits"],
    getRestrictionsForOrg: ["GET /orgs/{org}/interaction-limits"],
    getRestrictionsForRepo: ["GET /repos/{owner}/{repo}/interaction-limits"],
    getRestrictionsForYourPublicRepos: [
      "GET /user/interaction-limits",
      {},
      { renamed: ["interactions", "getRestrictionsForAuthenticatedUser"] }
    ],
    removeRestrictionsForAuthenticatedUser: ["DELETE /user/interaction-limits"],
    removeRestrictionsForOrg: ["DELETE /orgs/{org}/interaction-limits"],
    removeRestrictionsForRepo: [
      "DELETE /repos/{owner}/{repo}/interaction-limits"
    ],
    removeRestrictionsForYourPublicRepos: [
      "DELETE /user/interaction-limits",
      {},
      { renamed: ["interactions", "removeRestrictionsForAuthenticatedUser"] }
    ],
    setRestrictionsForAuthenticatedUser: ["PUT /user/interaction-limits"],
    setRestrictionsForOrg: ["PUT /orgs/{org}/interaction-limits"],
    setRestrictionsForRepo: ["PUT /repos/{owner}/{repo}/interaction-limits"],
    setRestrictionsForYourPublicRepos: [
      "PUT /user/interaction-limits",
      {},
      { renamed: ["interactions", "setRestrictionsForAuthenticatedUser"] }
    ]
  },
  issues: {
    addAssignees: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    addBlockedByDependency: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    addLabels: ["POST /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    addSubIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    checkUserCanBeAssigned: ["GET /repos/{owner}/{repo}/assignees/{assignee}"],
    checkUserCanBeAssignedToIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/assignees/{assignee}"
    ],
    create: ["POST /repos/{owner}/{repo}/issues"],
    createComment: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments"
    ],
    createLabel: ["POST /repos/{owner}/{repo}/labels"],
    createMilestone: ["POST /repos/{owner}/{repo}/milestones"],
    deleteComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}"
    ],
    deleteLabel: ["DELETE /repos/{owner}/{repo}/labels/{name}"],
    deleteMilestone: [
      "DELETE /repos/{owner}/{repo}/milestones/{milestone_number}"
    ],
    get: ["GET /repos/{owner}/{repo}/issues/{issue_number}"],
    getComment: ["GET /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    getEvent: ["GET /repos/{owner}/{repo}/issues/events/{event_id}"],
    getLabel: ["GET /repos/{owner}/{repo}/labels/{name}"],
    getMilestone: ["GET /repos/{owner}/{repo}/milestones/{milestone_number}"],
    getParent: ["GET /repos/{owner}/{repo}/issues/{issue_number}/parent"],
    list: ["GET /issues"],
    listAssignees: ["GET /repos/{owner}/{repo}/assignees"],
    listComments: ["GET /repos/{owner}/{repo}/issues/{issue_number}/comments"],
    listCommentsForRepo: ["GET /repos/{owner}/{repo}/issues/comments"],
    listDependenciesBlockedBy: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    listDependenciesBlocking: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking"
    ],
    listEvents: ["GET /repos/{owner}/{repo}/issues/{issue_number}/events"],
    listEventsForRepo: ["GET /repos/{owner}/{repo}/issues/events"],
    listEventsForTimeline: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline"
    ],
    listForAuthenticatedUser: ["GET /user/issues"],
    listForOrg: ["GET /orgs/{org}/issues"],
    listForRepo: ["GET /repos/{owner}/{repo}/issues"],
    listLabelsForMilestone: [
      "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels"
    ],
    listLabelsForRepo: ["GET /repos/{owner}/{repo}/labels"],
    listLabelsOnIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    listMilestones: ["GET /repos/{owner}/{repo}/milestones"],
    listSubIssues: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    lock: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    removeAllLabels: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    removeAssignees: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    removeDependencyBlockedBy: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by/{issue_id}"
    ],
    removeLabel: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}"
    ],
    removeSubIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/sub_issue"
    ],
    reprioritizeSubIssue: [
      "PATCH /repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority"
    ],
    setLabels: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    unlock: ["DELETE /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    update: ["PATCH /repos/{owner}/{repo}/issues/{issue_number}"],
    updateComment: ["PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    updateLabel: ["PATCH /repos/{owner}/{repo}/labels/{name}"],
    updateMilestone: [
      "PATCH /repos/{owner}/{repo}/milestones/{milestone_number}"
    ]
  },
  licenses: {
    get: ["GET /licenses/{license}"],
    getAllCommonlyUsed: ["GET /licenses"],
    getForRepo: ["GET /repos/{owner}/{repo}/license"]
  },
  markdown: {
    render: ["POST /markdown"],
    renderRaw: [
      "POST /markdown/raw",
      { headers: { "content-type": "text/plain; charset=utf-8" } }
    ]
  },
  meta: {
    get: ["GET /meta"],
    getAllVersions: ["GET /versions"],
    getOctocat: ["GET /octocat"],
    getZen: ["GET /zen"],
    root: ["GET /"]
  },
  migrations: {
    deleteArchiveForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/archive"
    ],
    deleteArchiveForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/archive"
    ],
    downloadArchiveForOrg: [
      "GET /orgs/{org}/migrations/{migration_id}/archive"
    ],
    getArchiveForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/archive"
    ],
    getStatusForAuthenticatedUser: ["GET /user/migrations/{migration_id}"],
    getStatusForOrg: ["GET /orgs/{org}/migrations/{migration_id}"],
    listForAuthenticatedUser: ["GET /user/migrations"],
    listForOrg: ["GET /orgs/{org}/migrations"],
    listReposForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/repositories"
    ],
    listReposForOrg: ["GET /orgs/{org}/migrations/{migration_id}/repositories"],
    listReposForUser: [
      "GET /user/migrations/{migration_id}/repositories",
      {},
      { renamed: ["migrations", "listReposForAuthenticatedUser"] }
    ],
    startForAuthenticatedUser: ["POST /user/migrations"],
    startForOrg: ["POST /orgs/{org}/migrations"],
    unlockRepoForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/repos/{repo_name}/lock"
    ],
    unlockRepoForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/repos/{repo_name}/lock"
    ]
  },
  oidc: {
    getOidcCustomSubTemplateForOrg: [
      "GET /orgs/{org}/actions/oidc/customization/sub"
    ],
    updateOidcCustomSubTemplateForOrg: [
      "PUT /orgs/{org}/actions/oidc/customization/sub"
    ]
  },
  orgs: {
    addSecurityManagerTeam: [
      "PUT /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.addSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#add-a-security-manager-team"
      }
    ],
    assignTeamToOrgRole: [
      "PUT /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    assignUserToOrgRole: [
      "PUT /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    blockUser: ["PUT /orgs/{org}/blocks/{username}"],
    cancelInvitation: ["DELETE /orgs/{org}/invitations/{invitation_id}"],
    checkBlockedUser: ["GET /orgs/{org}/blocks/{username}"],
    checkMembershipForUser: ["GET /orgs/{org}/members/{username}"],
    checkPublicMembershipForUser: ["GET /orgs/{org}/public_members/{username}"],
    convertMemberToOutsideCollaborator: [
      "PUT /orgs/{org}/outside_collaborators/{username}"
    ],
    createArtifactStorageRecord: [
      "POST /orgs/{org}/artifacts/metadata/storage-record"
    ],
    createInvitation: ["POST /orgs/{org}/invitations"],
    createIssueType: ["POST /orgs/{org}/issue-types"],
    createWebhook: ["POST /orgs/{org}/hooks"],
    customPropertiesForOrgsCreateOrUpdateOrganizationValues: [
      "PATCH /organizations/{org}/org-properties/values"
    ],
    customPropertiesForOrgsGetOrganizationValues: [
      "GET /organizations/{org}/org-properties/values"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinition: [
      "PUT /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinitions: [
      "PATCH /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationValues: [
      "PATCH /orgs/{org}/properties/values"
    ],
    customPropertiesForReposDeleteOrganizationDefinition: [
      "DELETE /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinition: [
      "GET /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinitions: [
      "GET /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposGetOrganizationValues: [
      "GET /orgs/{org}/properties/values"
    ],
    delete: ["DELETE /orgs/{org}"],
    deleteAttestationsBulk: ["POST /orgs/{org}/attestations/delete-request"],
    deleteAttestationsById: [
      "DELETE /orgs/{org}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /orgs/{org}/attestations/digest/{subject_digest}"
    ],
    deleteIssueType: ["DELETE /orgs/{org}/issue-types/{issue_type_id}"],
    deleteWebhook: ["DELETE /orgs/{org}/hooks/{hook_id}"],
    disableSelectedRepositoryImmutableReleasesOrganization: [
      "DELETE /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    enableSelectedRepositoryImmutableReleasesOrganization: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    get: ["GET /orgs/{org}"],
    getImmutableReleasesSettings: [
      "GET /orgs/{org}/settings/immutable-releases"
    ],
    getImmutableReleasesSettingsRepositories: [
      "GET /orgs/{org}/settings/immutable-releases/repositories"
    ],
    getMembershipForAuthenticatedUser: ["GET /user/memberships/orgs/{org}"],
    getMembershipForUser: ["GET /orgs/{org}/memberships/{username}"],
    getOrgRole: ["GET /orgs/{org}/organization-roles/{role_id}"],
    getOrgRulesetHistory: ["GET /orgs/{org}/rulesets/{ruleset_id}/history"],
    getOrgRulesetVersion: [
      "GET /orgs/{org}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getWebhook: ["GET /orgs/{org}/hooks/{hook_id}"],
    getWebhookConfigForOrg: ["GET /orgs/{org}/hooks/{hook_id}/config"],
    getWebhookDelivery: [
      "GET /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    list: ["GET /organizations"],
    listAppInstallations: ["GET /orgs/{org}/installations"],
    listArtifactStorageRecords: [
      "GET /orgs/{org}/artifacts/{subject_digest}/metadata/storage-records"
    ],
    listAttestationRepositories: ["GET /orgs/{org}/attestations/repositories"],
    listAttestations: ["GET /orgs/{org}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /orgs/{org}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedUsers: ["GET /orgs/{org}/blocks"],
    listFailedInvitations: ["GET /orgs/{org}/failed_invitations"],
    listForAuthenticatedUser: ["GET /user/orgs"],
    listForUser: ["GET /users/{username}/orgs"],
    listInvitationTeams: ["GET /orgs/{org}/invitations/{invitation_id}/teams"],
    listIssueTypes: ["GET /orgs/{org}/issue-types"],
    listMembers: ["GET /orgs/{org}/members"],
    listMembershipsForAuthenticatedUser: ["GET /user/memberships/orgs"],
    listOrgRoleTeams: ["GET /orgs/{org}/organization-roles/{role_id}/teams"],
    listOrgRoleUsers: ["GET /orgs/{org}/organization-roles/{role_id}/users"],
    listOrgRoles: ["GET /orgs/{org}/organization-roles"],
    listOrganizationFineGrainedPermissions: [
      "GET /orgs/{org}/organization-fine-grained-permissions"
    ],
    listOutsideCollaborators: ["GET /orgs/{org}/outside_collaborators"],
    listPatGrantRepositories: [
      "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories"
    ],
    listPatGrantRequestRepositories: [
      "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories"
    ],
    listPatGrantRequests: ["GET /orgs/{org}/personal-access-token-requests"],
    listPatGrants: ["GET /orgs/{org}/personal-access-tokens"],
    listPendingInvitations: ["GET /orgs/{org}/invitations"],
    listPublicMembers: ["GET /orgs/{org}/public_members"],
    listSecurityManagerTeams: [
      "GET /orgs/{org}/security-managers",
      {},
      {
        deprecated: "octokit.rest.orgs.listSecurityManagerTeams() is deprecated, see https://docs.github.com/rest/orgs/security-managers#list-security-manager-teams"
      }
    ],
    listWebhookDeliveries: ["GET /orgs/{org}/hooks/{hook_id}/deliveries"],
    listWebhooks: ["GET /orgs/{org}/hooks"],
    pingWebhook: ["POST /orgs/{org}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeMember: ["DELETE /orgs/{org}/members/{username}"],
    removeMembershipForUser: ["DELETE /orgs/{org}/memberships/{username}"],
    removeOutsideCollaborator: [
      "DELETE /orgs/{org}/outside_collaborators/{username}"
    ],
    removePublicMembershipForAuthenticatedUser: [
      "DELETE /orgs/{org}/public_members/{username}"
    ],
    removeSecurityManagerTeam: [
      "DELETE /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.removeSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#remove-a-security-manager-team"
      }
    ],
    reviewPatGrantRequest: [
      "POST /orgs/{org}/personal-access-token-requests/{pat_request_id}"
    ],
    reviewPatGrantRequestsInBulk: [
      "POST /orgs/{org}/personal-access-token-requests"
    ],
    revokeAllOrgRolesTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}"
    ],
    revokeAllOrgRolesUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}"
    ],
    revokeOrgRoleTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    revokeOrgRoleUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    setImmutableReleasesSettings: [
      "PUT /orgs/{org}/settings/immutable-releases"
    ],
    setImmutableReleasesSettingsRepositories: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories"
    ],
    setMembershipForUser: ["PUT /orgs/{org}/memberships/{username}"],
    setPublicMembershipForAuthenticatedUser: [
      "PUT /orgs/{org}/public_members/{username}"
    ],
    unblockUser: ["DELETE /orgs/{org}/blocks/{username}"],
    update: ["PATCH /orgs/{org}"],
    updateIssueType: ["PUT /orgs/{org}/issue-types/{issue_type_id}"],
    updateMembershipForAuthenticatedUser: [
      "PATCH /user/memberships/orgs/{org}"
    ],
    updatePatAccess: ["POST /orgs/{org}/personal-access-tokens/{pat_id}"],
    updatePatAccesses: ["POST /orgs/{org}/personal-access-tokens"],
    updateWebhook: ["PATCH /orgs/{org}/hooks/{hook_id}"],
    updateWebhookConfigForOrg: ["PATCH /orgs/{org}/hooks/{hook_id}/config"]
  },
  packages: {
    deletePackageForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}"
    ],
    deletePackageForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    deletePackageForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}"
    ],
    deletePackageVersionForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getAllPackageVersionsForAPackageOwnedByAnOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions",
      {},
      { renamed: ["packages", "getAllPackageVersionsForPackageOwnedByOrg"] }
    ],
    getAllPackageVersionsForAPackageOwnedByTheAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions",
      {},
      {
        renamed: [
          "packages",
          "getAllPackageVersionsForPackageOwnedByAuthenticatedUser"
        ]
      }
    ],
    getAllPackageVersionsForPackageOwnedByAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions"
    ],
    getPackageForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}"
    ],
    getPackageForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    getPackageForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}"
    ],
    getPackageVersionForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    listDockerMigrationConflictingPackagesForAuthenticatedUser: [
      "GET /user/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForOrganization: [
      "GET /orgs/{org}/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForUser: [
      "GET /users/{username}/docker/conflicts"
    ],
    listPackagesForAuthenticatedUser: ["GET /user/packages"],
    listPackagesForOrganization: ["GET /orgs/{org}/packages"],
    listPackagesForUser: ["GET /users/{username}/packages"],
    restorePackageForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageVersionForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ]
  },
  privateRegistries: {
    createOrgPrivateRegistry: ["POST /orgs/{org}/private-registries"],
    deleteOrgPrivateRegistry: [
      "DELETE /orgs/{org}/private-registries/{secret_name}"
    ],
    getOrgPrivateRegistry: ["GET /orgs/{org}/private-registries/{secret_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/private-registries/public-key"],
    listOrgPrivateRegistries: ["GET /orgs/{org}/private-registries"],
    updateOrgPrivateRegistry: [
      "PATCH /orgs/{org}/private-registries/{secret_name}"
    ]
  },
  projects: {
    addItemForOrg: ["POST /orgs/{org}/projectsV2/{project_number}/items"],
    addItemForUser: [
      "POST /users/{username}/projectsV2/{project_number}/items"
    ],
    deleteItemForOrg: [
      "DELETE /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    deleteItemForUser: [
      "DELETE /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    getFieldForOrg: [
      "GET /orgs/{org}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getFieldForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getForOrg: ["GET /orgs/{org}/projectsV2/{project_number}"],
    getForUser: ["GET /users/{username}/projectsV2/{project_number}"],
    getOrgItem: ["GET /orgs/{org}/projectsV2/{project_number}/items/{item_id}"],
    getUserItem: [
      "GET /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    listFieldsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/fields"],
    listFieldsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields"
    ],
    listForOrg: ["GET /orgs/{org}/projectsV2"],
    listForUser: ["GET /users/{username}/projectsV2"],
    listItemsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/items"],
    listItemsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/items"
    ],
    updateItemForOrg: [
      "PATCH /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    updateItemForUser: [
      "PATCH /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ]
  },
  pulls: {
    checkIfMerged: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    create: ["POST /repos/{owner}/{repo}/pulls"],
    createReplyForReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies"
    ],
    createReview: ["POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    createReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    deletePendingReview: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    deleteReviewComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ],
    dismissReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals"
    ],
    get: ["GET /repos/{owner}/{repo}/pulls/{pull_number}"],
    getReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    getReviewComment: ["GET /repos/{owner}/{repo}/pulls/comments/{comment_id}"],
    list: ["GET /repos/{owner}/{repo}/pulls"],
    listCommentsForReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/commits"],
    listFiles: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/files"],
    listRequestedReviewers: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    listReviewComments: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    listReviewCommentsForRepo: ["GET /repos/{owner}/{repo}/pulls/comments"],
    listReviews: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    merge: ["PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    removeRequestedReviewers: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    requestReviewers: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    submitReview: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/events"
    ],
    update: ["PATCH /repos/{owner}/{repo}/pulls/{pull_number}"],
    updateBranch: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/update-branch"
    ],
    updateReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    updateReviewComment: [
      "PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ]
  },
  rateLimit: { get: ["GET /rate_limit"] },
  reactions: {
    createForCommitComment: [
      "POST /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    createForIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/reactions"
    ],
    createForIssueComment: [
      "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    createForPullRequestReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    createForRelease: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    createForTeamDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    createForTeamDiscussionInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ],
    deleteForCommitComment: [
      "DELETE /repos/{owner}/{repo}/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/reactions/{reaction_id}"
    ],
    deleteForIssueComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForPullRequestComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForRelease: [
      "DELETE /repos/{owner}/{repo}/releases/{release_id}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussion: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussionComment: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions/{reaction_id}"
    ],
    listForCommitComment: [
      "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    listForIssue: ["GET /repos/{owner}/{repo}/issues/{issue_number}/reactions"],
    listForIssueComment: [
      "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    listForPullRequestReviewComment: [
      "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    listForRelease: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    listForTeamDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    listForTeamDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ]
  },
  repos: {
    acceptInvitation: [
      "PATCH /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "acceptInvitationForAuthenticatedUser"] }
    ],
    acceptInvitationForAuthenticatedUser: [
      "PATCH /user/repository_invitations/{invitation_id}"
    ],
    addAppAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    addCollaborator: ["PUT /repos/{owner}/{repo}/collaborators/{username}"],
    addStatusCheckContexts: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    addTeamAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    addUserAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    cancelPagesDeployment: [
      "POST /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}/cancel"
    ],
    checkAutomatedSecurityFixes: [
      "GET /repos/{owner}/{repo}/automated-security-fixes"
    ],
    checkCollaborator: ["GET /repos/{owner}/{repo}/collaborators/{username}"],
    checkImmutableReleases: ["GET /repos/{owner}/{repo}/immutable-releases"],
    checkPrivateVulnerabilityReporting: [
      "GET /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    checkVulnerabilityAlerts: [
      "GET /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    codeownersErrors: ["GET /repos/{owner}/{repo}/codeowners/errors"],
    compareCommits: ["GET /repos/{owner}/{repo}/compare/{base}...{head}"],
    compareCommitsWithBasehead: [
      "GET /repos/{owner}/{repo}/compare/{basehead}"
    ],
    createAttestation: ["POST /repos/{owner}/{repo}/attestations"],
    createAutolink: ["POST /repos/{owner}/{repo}/autolinks"],
    createCommitComment: [
      "POST /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    createCommitSignatureProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    createCommitStatus: ["POST /repos/{owner}/{repo}/statuses/{sha}"],
    createDeployKey: ["POST /repos/{owner}/{repo}/keys"],
    createDeployment: ["POST /repos/{owner}/{repo}/deployments"],
    createDeploymentBranchPolicy: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    createDeploymentProtectionRule: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    createDeploymentStatus: [
      "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    createDispatchEvent: ["POST /repos/{owner}/{repo}/dispatches"],
    createForAuthenticatedUser: ["POST /user/repos"],
    createFork: ["POST /repos/{owner}/{repo}/forks"],
    createInOrg: ["POST /orgs/{org}/repos"],
    createOrUpdateEnvironment: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    createOrUpdateFileContents: ["PUT /repos/{owner}/{repo}/contents/{path}"],
    createOrgRuleset: ["POST /orgs/{org}/rulesets"],
    createPagesDeployment: ["POST /repos/{owner}/{repo}/pages/deployments"],
    createPagesSite: ["POST /repos/{owner}/{repo}/pages"],
    createRelease: ["POST /repos/{owner}/{repo}/releases"],
    createRepoRuleset: ["POST /repos/{owner}/{repo}/rulesets"],
    createUsingTemplate: [
      "POST /repos/{template_owner}/{template_repo}/generate"
    ],
    createWebhook: ["POST /repos/{owner}/{repo}/hooks"],
    customPropertiesForReposCreateOrUpdateRepositoryValues: [
      "PATCH /repos/{owner}/{repo}/properties/values"
    ],
    customPropertiesForReposGetRepositoryValues: [
      "GET /repos/{owner}/{repo}/properties/values"
    ],
    declineInvitation: [
      "DELETE /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "declineInvitationForAuthenticatedUser"] }
    ],
    declineInvitationForAuthenticatedUser: [
      "DELETE /user/repository_invitations/{invitation_id}"
    ],
    delete: ["DELETE /repos/{owner}/{repo}"],
    deleteAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    deleteAdminBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    deleteAnEnvironment: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    deleteAutolink: ["DELETE /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    deleteBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    deleteCommitComment: ["DELETE /repos/{owner}/{repo}/comments/{comment_id}"],
    deleteCommitSignatureProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    deleteDeployKey: ["DELETE /repos/{owner}/{repo}/keys/{key_id}"],
    deleteDeployment: [
      "DELETE /repos/{owner}/{repo}/deployments/{deployment_id}"
    ],
    deleteDeploymentBranchPolicy: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    deleteFile: ["DELETE /repos/{owner}/{repo}/contents/{path}"],
    deleteInvitation: [
      "DELETE /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    deleteOrgRuleset: ["DELETE /orgs/{org}/rulesets/{ruleset_id}"],
    deletePagesSite: ["DELETE /repos/{owner}/{repo}/pages"],
    deletePullRequestReviewProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    deleteRelease: ["DELETE /repos/{owner}/{repo}/releases/{release_id}"],
    deleteReleaseAsset: [
      "DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    deleteRepoRuleset: ["DELETE /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    deleteWebhook: ["DELETE /repos/{owner}/{repo}/hooks/{hook_id}"],
    disableAutomatedSecurityFixes: [
      "DELETE /repos/{owner}/{repo}/automated-security-fixes"
    ],
    disableDeploymentProtectionRule: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    disableImmutableReleases: [
      "DELETE /repos/{owner}/{repo}/immutable-releases"
    ],
    disablePrivateVulnerabilityReporting: [
      "DELETE /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    disableVulnerabilityAlerts: [
      "DELETE /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    downloadArchive: [
      "GET /repos/{owner}/{repo}/zipball/{ref}",
      {},
      { renamed: ["repos", "downloadZipballArchive"] }
    ],
    downloadTarballArchive: ["GET /repos/{owner}/{repo}/tarball/{ref}"],
    downloadZipballArchive: ["GET /repos/{owner}/{repo}/zipball/{ref}"],
    enableAutomatedSecurityFixes: [
      "PUT /repos/{owner}/{repo}/automated-security-fixes"
    ],
    enableImmutableReleases: ["PUT /repos/{owner}/{repo}/immutable-releases"],
    enablePrivateVulnerabilityReporting: [
      "PUT /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    enableVulnerabilityAlerts: [
      "PUT /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    generateReleaseNotes: [
      "POST /repos/{owner}/{repo}/releases/generate-notes"
    ],
    get: ["GET /repos/{owner}/{repo}"],
    getAccessRestrictions: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    getAdminBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    getAllDeploymentProtectionRules: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    getAllEnvironments: ["GET /repos/{owner}/{repo}/environments"],
    getAllStatusCheckContexts: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts"
    ],
    getAllTopics: ["GET /repos/{owner}/{repo}/topics"],
    getAppsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps"
    ],
    getAutolink: ["GET /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    getBranch: ["GET /repos/{owner}/{repo}/branches/{branch}"],
    getBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    getBranchRules: ["GET /repos/{owner}/{repo}/rules/branches/{branch}"],
    getClones: ["GET /repos/{owner}/{repo}/traffic/clones"],
    getCodeFrequencyStats: ["GET /repos/{owner}/{repo}/stats/code_frequency"],
    getCollaboratorPermissionLevel: [
      "GET /repos/{owner}/{repo}/collaborators/{username}/permission"
    ],
    getCombinedStatusForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/status"],
    getCommit: ["GET /repos/{owner}/{repo}/commits/{ref}"],
    getCommitActivityStats: ["GET /repos/{owner}/{repo}/stats/commit_activity"],
    getCommitComment: ["GET /repos/{owner}/{repo}/comments/{comment_id}"],
    getCommitSignatureProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    getCommunityProfileMetrics: ["GET /repos/{owner}/{repo}/community/profile"],
    getContent: ["GET /repos/{owner}/{repo}/contents/{path}"],
    getContributorsStats: ["GET /repos/{owner}/{repo}/stats/contributors"],
    getCustomDeploymentProtectionRule: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    getDeployKey: ["GET /repos/{owner}/{repo}/keys/{key_id}"],
    getDeployment: ["GET /repos/{owner}/{repo}/deployments/{deployment_id}"],
    getDeploymentBranchPolicy: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    getDeploymentStatus: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}"
    ],
    getEnvironment: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    getLatestPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/latest"],
    getLatestRelease: ["GET /repos/{owner}/{repo}/releases/latest"],
    getOrgRuleSuite: ["GET /orgs/{org}/rulesets/rule-suites/{rule_suite_id}"],
    getOrgRuleSuites: ["GET /orgs/{org}/rulesets/rule-suites"],
    getOrgRuleset: ["GET /orgs/{org}/rulesets/{ruleset_id}"],
    getOrgRulesets: ["GET /orgs/{org}/rulesets"],
    getPages: ["GET /repos/{owner}/{repo}/pages"],
    getPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/{build_id}"],
    getPagesDeployment: [
      "GET /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}"
    ],
    getPagesHealthCheck: ["GET /repos/{owner}/{repo}/pages/health"],
    getParticipationStats: ["GET /repos/{owner}/{repo}/stats/participation"],
    getPullRequestReviewProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    getPunchCardStats: ["GET /repos/{owner}/{repo}/stats/punch_card"],
    getReadme: ["GET /repos/{owner}/{repo}/readme"],
    getReadmeInDirectory: ["GET /repos/{owner}/{repo}/readme/{dir}"],
    getRelease: ["GET /repos/{owner}/{repo}/releases/{release_id}"],
    getReleaseAsset: ["GET /repos/{owner}/{repo}/releases/assets/{asset_id}"],
    getReleaseByTag: ["GET /repos/{owner}/{repo}/releases/tags/{tag}"],
    getRepoRuleSuite: [
      "GET /repos/{owner}/{repo}/rulesets/rule-suites/{rule_suite_id}"
    ],
    getRepoRuleSuites: ["GET /repos/{owner}/{repo}/rulesets/rule-suites"],
    getRepoRuleset: ["GET /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    getRepoRulesetHistory: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history"
    ],
    getRepoRulesetVersion: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getRepoRulesets: ["GET /repos/{owner}/{repo}/rulesets"],
    getStatusChecksProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    getTeamsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams"
    ],
    getTopPaths: ["GET /repos/{owner}/{repo}/traffic/popular/paths"],
    getTopReferrers: ["GET /repos/{owner}/{repo}/traffic/popular/referrers"],
    getUsersWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users"
    ],
    getViews: ["GET /repos/{owner}/{repo}/traffic/views"],
    getWebhook: ["GET /repos/{owner}/{repo}/hooks/{hook_id}"],
    getWebhookConfigForRepo: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    getWebhookDelivery: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    listActivities: ["GET /repos/{owner}/{repo}/activity"],
    listAttestations: [
      "GET /repos/{owner}/{repo}/attestations/{subject_digest}"
    ],
    listAutolinks: ["GET /repos/{owner}/{repo}/autolinks"],
    listBranches: ["GET /repos/{owner}/{repo}/branches"],
    listBranchesForHeadCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/branches-where-head"
    ],
    listCollaborators: ["GET /repos/{owner}/{repo}/collaborators"],
    listCommentsForCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    listCommitCommentsForRepo: ["GET /repos/{owner}/{repo}/comments"],
    listCommitStatusesForRef: [
      "GET /repos/{owner}/{repo}/commits/{ref}/statuses"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/commits"],
    listContributors: ["GET /repos/{owner}/{repo}/contributors"],
    listCustomDeploymentRuleIntegrations: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps"
    ],
    listDeployKeys: ["GET /repos/{owner}/{repo}/keys"],
    listDeploymentBranchPolicies: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    listDeploymentStatuses: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    listDeployments: ["GET /repos/{owner}/{repo}/deployments"],
    listForAuthenticatedUser: ["GET /user/repos"],
    listForOrg: ["GET /orgs/{org}/repos"],
    listForUser: ["GET /users/{username}/repos"],
    listForks: ["GET /repos/{owner}/{repo}/forks"],
    listInvitations: ["GET /repos/{owner}/{repo}/invitations"],
    listInvitationsForAuthenticatedUser: ["GET /user/repository_invitations"],
    listLanguages: ["GET /repos/{owner}/{repo}/languages"],
    listPagesBuilds: ["GET /repos/{owner}/{repo}/pages/builds"],
    listPublic: ["GET /repositories"],
    listPullRequestsAssociatedWithCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls"
    ],
    listReleaseAssets: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/assets"
    ],
    listReleases: ["GET /repos/{owner}/{repo}/releases"],
    listTags: ["GET /repos/{owner}/{repo}/tags"],
    listTeams: ["GET /repos/{owner}/{repo}/teams"],
    listWebhookDeliveries: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries"
    ],
    listWebhooks: ["GET /repos/{owner}/{repo}/hooks"],
    merge: ["POST /repos/{owner}/{repo}/merges"],
    mergeUpstream: ["POST /repos/{owner}/{repo}/merge-upstream"],
    pingWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeAppAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    removeCollaborator: [
      "DELETE /repos/{owner}/{repo}/collaborators/{username}"
    ],
    removeStatusCheckContexts: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    removeStatusCheckProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    removeTeamAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    removeUserAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    renameBranch: ["POST /repos/{owner}/{repo}/branches/{branch}/rename"],
    replaceAllTopics: ["PUT /repos/{owner}/{repo}/topics"],
    requestPagesBuild: ["POST /repos/{owner}/{repo}/pages/builds"],
    setAdminBranchProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    setAppAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    setStatusCheckContexts: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    setTeamAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    setUserAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    testPushWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/tests"],
    transfer: ["POST /repos/{owner}/{repo}/transfer"],
    update: ["PATCH /repos/{owner}/{repo}"],
    updateBranchProtection: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    updateCommitComment: ["PATCH /repos/{owner}/{repo}/comments/{comment_id}"],
    updateDeploymentBranchPolicy: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    updateInformationAboutPagesSite: ["PUT /repos/{owner}/{repo}/pages"],
    updateInvitation: [
      "PATCH /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    updateOrgRuleset: ["PUT /orgs/{org}/rulesets/{ruleset_id}"],
    updatePullRequestReviewProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    updateRelease: ["PATCH /repos/{owner}/{repo}/releases/{release_id}"],
    updateReleaseAsset: [
      "PATCH /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    updateRepoRuleset: ["PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    updateStatusCheckPotection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks",
      {},
      { renamed: ["repos", "updateStatusCheckProtection"] }
    ],
    updateStatusCheckProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    updateWebhook: ["PATCH /repos/{owner}/{repo}/hooks/{hook_id}"],
    updateWebhookConfigForRepo: [
      "PATCH /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    uploadReleaseAsset: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/assets{?name,label}",
      { baseUrl: "https://uploads.github.com" }
    ]
  },
  search: {
    code: ["GET /search/code"],
    commits: ["GET /search/commits"],
    issuesAndPullRequests: ["GET /search/issues"],
    labels: ["GET /search/labels"],
    repos: ["GET /search/repositories"],
    topics: ["GET /search/topics"],
    users: ["GET /search/users"]
  },
  secretScanning: {
    createPushProtectionBypass: [
      "POST /repos/{owner}/{repo}/secret-scanning/push-protection-bypasses"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    getScanHistory: ["GET /repos/{owner}/{repo}/secret-scanning/scan-history"],
    listAlertsForOrg: ["GET /orgs/{org}/secret-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/secret-scanning/alerts"],
    listLocationsForAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations"
    ],
    listOrgPatternConfigs: [
      "GET /orgs/{org}/secret-scanning/pattern-configurations"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    updateOrgPatternConfigs: [
      "PATCH /orgs/{org}/secret-scanning/pattern-configurations"
    ]
  },
  securityAdvisories: {
    createFork: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/forks"
    ],
    createPrivateVulnerabilityReport: [
      "POST /repos/{owner}/{repo}/security-advisories/reports"
    ],
    createRepositoryAdvisory: [
      "POST /repos/{owner}/{repo}/security-advisories"
    ],
    createRepositoryAdvisoryCveRequest: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/cve"
    ],
    getGlobalAdvisory: ["GET /advisories/{ghsa_id}"],
    getRepositoryAdvisory: [
      "GET /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ],
    listGlobalAdvisories: ["GET /advisories"],
    listOrgRepositoryAdvisories: ["GET /orgs/{org}/security-advisories"],
    listRepositoryAdvisories: ["GET /repos/{owner}/{repo}/security-advisories"],
    updateRepositoryAdvisory: [
      "PATCH /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ]
  },
  teams: {
    addOrUpdateMembershipForUserInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    addOrUpdateRepoPermissionsInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    checkPermissionsForRepoInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    create: ["POST /orgs/{org}/teams"],
    createDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    createDiscussionInOrg: ["POST /orgs/{org}/teams/{team_slug}/discussions"],
    deleteDiscussionCommentInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    deleteDiscussionInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    deleteInOrg: ["DELETE /orgs/{org}/teams/{team_slug}"],
    getByName: ["GET /orgs/{org}/teams/{team_slug}"],
    getDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    getDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    getMembershipForUserInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    list: ["GET /orgs/{org}/teams"],
    listChildInOrg: ["GET /orgs/{org}/teams/{team_slug}/teams"],
    listDiscussionCommentsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    listDiscussionsInOrg: ["GET /orgs/{org}/teams/{team_slug}/discussions"],
    listForAuthenticatedUser: ["GET /user/teams"],
    listMembersInOrg: ["GET /orgs/{org}/teams/{team_slug}/members"],
    listPendingInvitationsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/invitations"
    ],
    listReposInOrg: ["GET /orgs/{org}/teams/{team_slug}/repos"],
    removeMembershipForUserInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    removeRepoInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    updateDiscussionCommentInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    updateDiscussionInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    updateInOrg: ["PATCH /orgs/{org}/teams/{team_slug}"]
  },
  users: {
    addEmailForAuthenticated: [
      "POST /user/emails",
      {},
      { renamed: ["users", "addEmailForAuthenticatedUser"] }
    ],
    addEmailForAuthenticatedUser: ["POST /user/emails"],
    addSocialAccountForAuthenticatedUser: ["POST /user/social_accounts"],
    block: ["PUT /user/blocks/{username}"],
    checkBlocked: ["GET /user/blocks/{username}"],
    checkFollowingForUser: ["GET /users/{username}/following/{target_user}"],
    checkPersonIsFollowedByAuthenticated: ["GET /user/following/{username}"],
    createGpgKeyForAuthenticated: [
      "POST /user/gpg_keys",
      {},
      { renamed: ["users", "createGpgKeyForAuthenticatedUser"] }
    ],
    createGpgKeyForAuthenticatedUser: ["POST /user/gpg_keys"],
    createPublicSshKeyForAuthenticated: [
      "POST /user/keys",
      {},
      { renamed: ["users", "createPublicSshKeyForAuthenticatedUser"] }
    ],
    createPublicSshKeyForAuthenticatedUser: ["POST /user/keys"],
    createSshSigningKeyForAuthenticatedUser: ["POST /user/ssh_signing_keys"],
    deleteAttestationsBulk: [
      "POST /users/{username}/attestations/delete-request"
    ],
    deleteAttestationsById: [
      "DELETE /users/{username}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /users/{username}/attestations/digest/{subject_digest}"
    ],
    deleteEmailForAuthenticated: [
      "DELETE /user/emails",
      {},
      { renamed: ["users", "deleteEmailForAuthenticatedUser"] }
    ],
    deleteEmailForAuthenticatedUser: ["DELETE /user/emails"],
    deleteGpgKeyForAuthenticated: [
      "DELETE /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "deleteGpgKeyForAuthenticatedUser"] }
    ],
    deleteGpgKeyForAuthenticatedUser: ["DELETE /user/gpg_keys/{gpg_key_id}"],
    deletePublicSshKeyForAuthenticated: [
      "DELETE /user/keys/{key_id}",
      {},
      { renamed: ["users", "deletePublicSshKeyForAuthenticatedUser"] }
    ],
    deletePublicSshKeyForAuthenticatedUser: ["DELETE /user/keys/{key_id}"],
    deleteSocialAccountForAuthenticatedUser: ["DELETE /user/social_accounts"],
    deleteSshSigningKeyForAuthenticatedUser: [
      "DELETE /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    follow: ["PUT /user/following/{username}"],
    getAuthenticated: ["GET /user"],
    getById: ["GET /user/{account_id}"],
    getByUsername: ["GET /users/{username}"],
    getContextForUser: ["GET /users/{username}/hovercard"],
    getGpgKeyForAuthenticated: [
      "GET /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "getGpgKeyForAuthenticatedUser"] }
    ],
    getGpgKeyForAuthenticatedUser: ["GET /user/gpg_keys/{gpg_key_id}"],
    getPublicSshKeyForAuthenticated: [
      "GET /user/keys/{key_id}",
      {},
      { renamed: ["users", "getPublicSshKeyForAuthenticatedUser"] }
    ],
    getPublicSshKeyForAuthenticatedUser: ["GET /user/keys/{key_id}"],
    getSshSigningKeyForAuthenticatedUser: [
      "GET /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    list: ["GET /users"],
    listAttestations: ["GET /users/{username}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /users/{username}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedByAuthenticated: [
      "GET /user/blocks",
      {},
      { renamed: ["users", "listBlockedByAuthenticatedUser"] }
    ],
    listBlockedByAuthenticatedUser: ["GET /user/blocks"],
    listEmailsForAuthenticated: [
      "GET /user/emails",
      {},
      { renamed: ["users", "listEmailsForAuthenticatedUser"] }
    ],
    listEmailsForAuthenticatedUser: ["GET /user/emails"],
    listFollowedByAuthenticated: [
      "GET /user/following",
      {},
      { renamed: ["users", "listFollowedByAuthenticatedUser"] }
    ],
    listFollowedByAuthenticatedUser: ["GET /user/following"],
    listFollowersForAuthenticatedUser: ["GET /user/followers"],
    listFollowersForUser: ["GET /users/{username}/followers"],
    listFollowingForUser: ["GET /users/{username}/following"],
    listGpgKeysForAuthenticated: [
      "GET /user/gpg_keys",
      {},
      { renamed: ["users", "listGpgKeysForAuthenticatedUser"] }
    ],
    listGpgKeysForAuthenticatedUser: ["GET /user/gpg_keys"],
    listGpgKeysForUser: ["GET /users/{username}/gpg_keys"],
    listPublicEmailsForAuthenticated: [
      "GET /user/public_emails",
      {},
      { renamed: ["users", "listPublicEmailsForAuthenticatedUser"] }
    ],
    listPublicEmailsForAuthenticatedUser: ["GET /user/public_emails"],
    listPublicKeysForUser: ["GET /users/{username}/keys"],
    listPublicSshKeysForAuthenticated: [
      "GET /user/keys",
      {},
      { renamed: ["users", "listPublicSshKeysForAuthenticatedUser"] }
    ],
    listPublicSshKeysForAuthenticatedUser: ["GET /user/keys"],
    listSocialAccountsForAuthenticatedUser: ["GET /user/social_accounts"],
    listSocialAccountsForUser: ["GET /users/{username}/social_accounts"],
    listSshSigningKeysForAuthenticatedUser: ["GET /user/ssh_signing_keys"],
    listSshSigningKeysForUser: ["GET /users/{username}/ssh_signing_keys"],
    setPrimaryEmailVisibilityForAuthenticated: [
      "PATCH /user/email/visibility",
      {},
      { renamed: ["users", "setPrimaryEmailVisibilityForAuthenticatedUser"] }
    ],
    setPrimaryEmailVisibilityForAuthenticatedUser: [
      "PATCH /user/email/visibility"
    ],
    unblock: ["DELETE /user/blocks/{username}"],
    unfollow: ["DELETE /user/following/{username}"],
    updateAuthenticated: ["PATCH /user"]
  }
};
var endpoints_default = Endpoints;

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/endpoints-to-methods.js
var endpointMethodsMap = /* @__PURE__ */ new Map();
for (const [scope, endpoints] of Object.entries(endpoints_default)) {
  for (const [methodName, endpoint2] of Object.entries(endpoints)) {
    const [route, defaults3, decorations] = endpoint2;
    const [method, url] = route.split(/ /);
    const endpointDefaults = Object.assign(
      {
        method,
        url
      },
      defaults3
    );
    if (!endpointMethodsMap.has(scope)) {
      endpointMethodsMap.set(scope, /* @__PURE__ */ new Map());
    }
    endpointMethodsMap.get(scope).set(methodName, {
      scope,
      methodName,
      endpointDefaults,
      decorations
    });
  }
}
var handler = {
  has({ scope }, methodName) {
    return endpointMethodsMap.get(scope).has(methodName);
  },
  getOwnPropertyDescriptor(target, methodName) {
    return {
      value: this.get(target, methodName),
      // ensures method is in the cache
      configurable: true,
      writable: true,
      enumerable: true
    };
  },
  defineProperty(target, methodName, descriptor) {
    Object.defineProperty(target.cache, methodName, descriptor);
    return true;
  },
  deleteProperty(target, methodName) {
    delete target.cache[methodName];
    return true;
  },
  ownKeys({ scope }) {
    return [...endpointMethodsMap.get(scope).keys()];
  },
  set(target, methodName, value) {
    return target.cache[methodName] = value;
  },
  get({ octokit, scope, cache: cache2 }, methodName) {
    if (cache2[methodName]) {
      return cache2[methodName];
    }
    const method = endpointMethodsMap.get(scope).get(methodName);
    if (!method) {
      return void 0;
    }
    const { endpointDefaults, decorations } = method;
    if (decorations) {
      cache2[methodName] = decorate(
        octokit,
        scope,
        methodName,
        endpointDefaults,
        decorations
      );
    } else {
      cache2[methodName] = octokit.request.defaults(endpointDefaults);
    }
    return cache2[methodName];
  }
};
function endpointsToMethods(octokit) {
  const newMethods = {};
  for (const scope of endpointMethodsMap.keys()) {
    newMethods[scope] = new Proxy({ octokit, scope, cache: {} }, handler);
  }
  return newMethods;
}
function decorate(octokit, scope, methodName, defaults3, decorations) {
  const requestWithDefaults = octokit.request.defaults(defaults3);
  function withDecorations(...args) {
    let options = requestWithDefaults.endpoint.merge(...args);
    if (decorations.mapToData) {
      options = Object.assign({}, options, {
        data: options[decorations.mapToData],
        [decorations.mapToData]: void 0
      });
      return requestWithDefaults(options);
    }
    if (decorations.renamed) {
      const [newScope, newMethodName] = decorations.renamed;
      octokit.log.warn(
        `octokit.${scope}.${methodName}() has been renamed to octokit.${newScope}.${newMethodName}()`
      );
    }
    if (decorations.deprecated) {
      octokit.log.warn(decorations.deprecated);
    }
    if (decorations.renamedParameters) {
      const options2 = requestWithDefaults.endpoint.merge(...args);
      for (const [name, alias] of Object.entries(
        decorations.renamedParameters
      )) {
        if (name in options2) {
          octokit.log.warn(
            `"${name}" parameter is deprecated for "octokit.${scope}.${methodName}()". Use "${alias}" instead`
          );
          if (!(alias in options2)) {
            options2[alias] = options2[name];
          }
          delete options2[name];
        }
      }
      return requestWithDefaults(options2);
    }
    return requestWithDefaults(...args);
  }
  return Object.assign(withDecorations, requestWithDefaults);
}

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js
function restEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    rest: api
  };
}
restEndpointMethods.VERSION = VERSION5;
function legacyRestEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    ...api,
    rest: api
  };
}
legacyRestEndpointMethods.VERSION = VERSION5;

// node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var VERSION6 = "0.0.0-development";
function normalizePaginatedListResponse(response) {
  if (!response.data) {
    return {
      ...response,
      data: []
    };
  }
  const responseNeedsNormalization = ("total_count" in response.data || "total_commits" in response.data) && !("url" in response.data);
  if (!responseNeedsNormalization) return response;
  const incompleteResults = response.data.incomplete_results;
  const repositorySelection = response.data.repository_selection;
  const totalCount = response.data.total_count;
  const totalCommits = response.data.total_commits;
  delete response.data.incomplete_results;
  delete response.data.repository_selection;
  delete response.data.total_count;
  delete response.data.total_commits;
  const namespaceKey = Object.keys(response.data)[0];
  const data = response.data[namespaceKey];
  response.data = data;
  if (typeof incompleteResults !== "undefined") {
    response.data.incomplete_results = incompleteResults;
  }
  if (typeof repositorySelection !== "undefined") {
    response.data.repository_selection = repositorySelection;
  }
  response.data.total_count = totalCount;
  response.data.total_commits = totalCommits;
  return response;
}
function iterator(octokit, route, parameters) {
  const options = typeof route === "function" ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
  const requestMethod = typeof route === "function" ? route : octokit.request;
  const method = options.method;
  const headers = options.headers;
  let url = options.url;
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (!url) return { done: true };
        try {
          const response = await requestMethod({ method, url, headers });
          const normalizedResponse = normalizePaginatedListResponse(response);
          url = ((normalizedResponse.headers.link || "").match(
            /<([^<>]+)>;\s*rel="next"/
          ) || [])[1];
          if (!url && "total_commits" in normalizedResponse.data) {
            const parsedUrl = new URL(normalizedResponse.url);
            const params = parsedUrl.searchParams;
            const page = parseInt(params.get("page") || "1", 10);
            const per_page = parseInt(params.get("per_page") || "250", 10);
            if (page * per_page < normalizedResponse.data.total_commits) {
              params.set("page", String(page + 1));
              url = parsedUrl.toString();
            }
          }
          return { value: normalizedResponse };
        } catch (error) {
          if (error.status !== 409) throw error;
          url = "";
          return {
            value: {
              status: 200,
              headers: {},
              data: []
            }
          };
        }
      }
    })
  };
}
function paginate(octokit, route, parameters, mapFn) {
  if (typeof parameters === "function") {
    mapFn = parameters;
    parameters = void 0;
  }
  return gather(
    octokit,
    [],
    iterator(octokit, route, parameters)[Symbol.asyncIterator](),
    mapFn
  );
}
function gather(octokit, results, iterator2, mapFn) {
  return iterator2.next().then((result) => {
    if (result.done) {
      return results;
    }
    let earlyExit = false;
    function done() {
      earlyExit = true;
    }
    results = results.concat(
      mapFn ? mapFn(result.value, done) : result.value.data
    );
    if (earlyExit) {
      return results;
    }
    return gather(octokit, results, iterator2, mapFn);
  });
}
var composePaginateRest = Object.assign(paginate, {
  iterator
});
function paginateRest(octokit) {
  return {
    paginate: Object.assign(paginate.bind(null, octokit), {
      iterator: iterator.bind(null, octokit)
    })
  };
}
paginateRest.VERSION = VERSION6;

// node_modules/@actions/github/lib/utils.js
var context = new Context();
var baseUrl = getApiBaseUrl();
var defaults2 = {
  baseUrl,
  request: {
    agent: getProxyAgent(baseUrl),
    fetch: getProxyFetch(baseUrl)
  }
};
var GitHub = Octokit.plugin(restEndpointMethods, paginateRest).defaults(defaults2);
function getOctokitOptions(token, options) {
  const opts = Object.assign({}, options || {});
  const auth2 = getAuthString(token, opts);
  if (auth2) {
    opts.auth = auth2;
  }
  const userAgent2 = getUserAgentWithOrchestrationId(opts.userAgent);
  if (userAgent2) {
    opts.userAgent = userAgent2;
  }
  return opts;
}

// node_modules/@actions/github/lib/github.js
var context2 = new Context();
function getOctokit(token, options, ...additionalPlugins) {
  const GitHubWithPlugins = GitHub.plugin(...additionalPlugins);
  return new GitHubWithPlugins(getOctokitOptions(token, options));
}

// src/github/octokit.ts
function createOctokit(token, env = process.env) {
  if (token === "") {
    throw new UserError(
      "No GitHub token: set the `github-token` input (its default is `${{ github.token }}`), or use `state-path` to read production state from a folder instead of an artifact."
    );
  }
  return getOctokit(token, { baseUrl: apiBaseUrl(env) });
}
function apiBaseUrl(env = process.env) {
  return (env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, "");
}
function isGhes(env = process.env) {
  const host = new URL(env.GITHUB_SERVER_URL || "https://github.com").hostname.trimEnd().toLowerCase();
  return host !== "github.com" && !host.endsWith(".ghe.com") && !host.endsWith(".localhost");
}
function currentWorkflowFile(env = process.env) {
  const ref = env.GITHUB_WORKFLOW_REF;
  if (!ref) return null;
  const path15 = ref.split("@")[0];
  const file = path15.slice(path15.lastIndexOf("/") + 1);
  return file === "" ? null : file;
}

// src/github/api.ts
var defaultRetryPolicy = {
  maxAttempts: 4,
  maxTotalWaitMs: 5 * 6e4,
  transientBackoffMs: 1e3
};
var GitHubApi = class _GitHubApi {
  constructor(octokit, apiUrl, clock = systemClock, policy = defaultRetryPolicy) {
    this.octokit = octokit;
    this.apiUrl = apiUrl;
    this.clock = clock;
    this.policy = policy;
  }
  octokit;
  apiUrl;
  clock;
  policy;
  /** The API the runner points at (`GITHUB_API_URL`), with `token`. */
  static forToken(token, env = process.env, clock = systemClock) {
    return new _GitHubApi(createOctokit(token, env), apiBaseUrl(env), clock);
  }
  /** Errors other than GitHub's HTTP answers (and network failures reaching it) pass through untouched. */
  async call(operation, request2) {
    let waited = 0;
    for (let attempt = 1; ; attempt++) {
      try {
        return await request2(this.octokit);
      } catch (error) {
        const failure = httpFailureOf(error);
        if (failure === null) throw error;
        const lastAttempt = attempt >= this.policy.maxAttempts;
        const rateLimitWait = rateLimitWaitMs(failure, this.clock.now());
        if (rateLimitWait !== void 0) {
          if (lastAttempt || waited + rateLimitWait > this.policy.maxTotalWaitMs) {
            throw rateLimitExhausted(failure, operation, rateLimitWait, this.clock.now());
          }
          waited += rateLimitWait;
          await this.clock.sleep(rateLimitWait);
          continue;
        }
        const backoff = this.policy.transientBackoffMs * 2 ** (attempt - 1);
        if (!isTransient(failure) || lastAttempt || waited + backoff > this.policy.maxTotalWaitMs) {
          throw toGitHubApiError(failure, operation, this.apiUrl);
        }
        waited += backoff;
        await this.clock.sleep(backoff);
      }
    }
  }
  /** Pages of a paginated list, each fetched with `call`'s retries; a failed page is asked for again. */
  async *pages(operation, list2) {
    const iterator2 = list2[Symbol.asyncIterator]();
    for (; ; ) {
      const page = await this.call(operation, () => iterator2.next());
      if (page.done) return;
      yield page.value.data;
    }
  }
};

// src/github/pull-request-states.ts
async function pullRequestStates(repository, numbers, env = process.env) {
  const api = GitHubApi.forToken(repository.token, env);
  const { owner, repo } = repository;
  const states = /* @__PURE__ */ new Map();
  for (const number of [...new Set(numbers)].sort((a, b) => a - b)) {
    try {
      const { data } = await api.call(
        { description: `read pull request #${number}`, permission: "pull-requests: read" },
        (octokit) => octokit.rest.pulls.get({ owner, repo, pull_number: number })
      );
      states.set(number, data.state === "closed" ? { state: "closed" } : { state: "open" });
    } catch (error) {
      if (!(error instanceof GitHubApiError) || error.status === 401) throw error;
      states.set(number, { state: "unknown", why: error.message });
    }
  }
  return states;
}

// src/report/markdown-context.ts
var NAME_MAX = 120;
function markdownContext(report, measure, fullReportUrl) {
  const pointer = fullReportUrl ? ` \u2014 ${link("see the full report", fullReportUrl)}` : " (left out for size)";
  return {
    report,
    measure,
    name: (uniqueId, inTable = false) => code(clip(nodeName(report, uniqueId), NAME_MAX), inTable),
    typedName: (uniqueId) => {
      const word = nodeTypeWord(report, uniqueId);
      return `${word ? `${word} ` : ""}${code(clip(nodeName(report, uniqueId), NAME_MAX))}`;
    },
    more: (count2, singular, pluralForm) => `\u2026 and ${plural(count2, `more ${singular}`, `more ${pluralForm ?? `${singular}s`}`)}${pointer}`,
    inline: { code: (text) => code(text), text: (text) => escapeProse(text) }
  };
}
function nodeDetails(context3, uniqueId) {
  const display = context3.report.nodes[uniqueId];
  if (!display) return "";
  const parts = [
    display.materialization ?? resourceTypeWord(display.resourceType),
    ...display.relationName ? [code(clip(display.relationName, NAME_MAX))] : []
  ];
  return parts.join(" \xB7 ");
}

// src/report/sections/changes.ts
var REASON_MAX = 1e3;
function byResourceType(changes) {
  return RESOURCE_TYPE_ORDER.map(
    (type) => [type, changes.filter((change) => change.resourceType === type)]
  ).filter(([, group2]) => group2.length > 0);
}
function nodeLine(context3, uniqueId) {
  const details2 = nodeDetails(context3, uniqueId);
  return `- ${context3.name(uniqueId)}${details2 ? ` (${details2})` : ""}`;
}
function modifiedItem(context3, change) {
  const reasons = change.reasons.map(
    (reason) => `  - ${clip(describeReason(reason, context3.inline), REASON_MAX)}`
  );
  return [nodeLine(context3, change.uniqueId), ...reasons].join("\n");
}
function listPart(context3, weight, title, heading, items, singular, pluralForm) {
  return {
    title,
    weight,
    render: (budget) => fitList(
      { head: [heading, ""], items, more: (n) => context3.more(n, singular, pluralForm), tail: [] },
      budget,
      context3.measure
    )
  };
}
function downstreamPart(context3) {
  const downstream = context3.report.plan?.downstream ?? [];
  if (downstream.length === 0) return null;
  const items = downstream.map(
    (node) => `- ${context3.typedName(node.uniqueId)} \u2190 ${node.becauseOf.map((parent) => context3.typedName(parent)).join(", ")}`
  );
  return {
    title: "downstream nodes",
    weight: 1,
    render: (budget) => fitList(
      {
        head: [
          `<details><summary>${plural(downstream.length, "downstream node")} selected because an upstream node changed</summary>`,
          ""
        ],
        items,
        more: (n) => context3.more(n, "downstream node"),
        tail: ["", "</details>"]
      },
      budget,
      context3.measure
    )
  };
}
function changesPart(context3) {
  const plan2 = context3.report.plan;
  if (!plan2) return null;
  const count2 = (status) => plan2.changes.filter((change) => change.status === status);
  const modified = count2("modified");
  const added = count2("new");
  const removed = count2("removed");
  if (plan2.compared === false) {
    const text = `#### Changes compared with production

Not compared: ${notComparedReason(context3.report)}; ${formatCount(plan2.selected.length)} selected by ${code(clip(plan2.selector, 300))}.`;
    return fixedPart("changes", 30, text, context3.measure);
  }
  const summary = [
    `**${formatCount(modified.length)} modified**`,
    `**${formatCount(added.length)} new**`,
    `**${formatCount(removed.length)} removed**`,
    `${formatCount(plan2.downstream.length)} downstream`,
    `${formatCount(plan2.selected.length)} selected by ${code(clip(plan2.selector, 300))}`
  ].join(" \xB7 ");
  const head = `#### Changes compared with production

${summary}`;
  if (plan2.changes.length === 0) {
    return fixedPart("changes", 30, head, context3.measure);
  }
  const children = [
    ...byResourceType(modified).map(
      ([type, group2]) => listPart(
        context3,
        3,
        `modified ${resourceTypePlural(type)}`,
        `**Modified ${resourceTypePlural(type)} (${formatCount(group2.length)})**`,
        group2.map((change) => modifiedItem(context3, change)),
        `modified ${resourceTypeWord(type)}`,
        `modified ${resourceTypePlural(type)}`
      )
    ),
    ...added.length ? [
      listPart(
        context3,
        2,
        "new nodes",
        `**New (${formatCount(added.length)})**`,
        added.map((change) => nodeLine(context3, change.uniqueId)),
        "new node"
      )
    ] : [],
    ...removed.length ? [
      listPart(
        context3,
        2,
        "removed nodes",
        `**Removed (${formatCount(removed.length)})**`,
        removed.map((change) => nodeLine(context3, change.uniqueId)),
        "removed node"
      )
    ] : [],
    ...[downstreamPart(context3)].filter((part) => part !== null)
  ];
  return composite("changes", 30, head, children, context3.measure);
}

// src/report/sections/cleanup.ts
function cleanupPart(context3) {
  const { cleanup } = context3.report;
  if (!cleanup) return null;
  const head = `#### Cleanup

${context3.report.dryRun ? "Would drop" : "Dropped"} ${plural(cleanup.droppedSchemas.length, "schema")}.`;
  const dropped = {
    title: "dropped schemas",
    weight: 1,
    render: (budget) => fitList(
      {
        head: [],
        items: cleanup.droppedSchemas.map((schema) => `- ${code(clip(schema, NAME_MAX))}`),
        more: (n) => context3.more(n, "schema"),
        tail: []
      },
      budget,
      context3.measure
    )
  };
  const kept = {
    title: "kept schemas",
    weight: 1,
    render: (budget) => fitList(
      {
        head: [`**Kept (${formatCount(cleanup.keptSchemas.length)})**`, ""],
        items: cleanup.keptSchemas.map(
          (entry) => `- ${code(clip(entry.schema, NAME_MAX))}: ${escapeProse(clip(entry.reason, 500))}`
        ),
        more: (n) => context3.more(n, "schema"),
        tail: []
      },
      budget,
      context3.measure
    )
  };
  return composite(
    "cleanup",
    10,
    head,
    [...cleanup.droppedSchemas.length ? [dropped] : [], ...cleanup.keptSchemas.length ? [kept] : []],
    context3.measure
  );
}

// src/report/sections/clones.ts
var METHOD_WORDS = { "zero-copy": "zero-copy clone", copy: "copy", view: "pointer view" };
function clonesPart(context3) {
  const clones = context3.report.clones;
  if (clones.length === 0) return null;
  const pointerViews = clones.filter(
    (clone) => clone.purpose === "incremental" && clone.method === "view"
  ).length;
  const items = clones.map(
    (clone) => `| ${context3.name(clone.uniqueId, true)} | ${clone.purpose === "green" ? "green schema" : "incremental"} | ${code(clip(clone.from, NAME_MAX), true)} | ${code(clip(clone.to, NAME_MAX), true)} | ${METHOD_WORDS[clone.method]}${typeof clone.bytes === "number" ? ` (${formatBytes(clone.bytes)})` : ""} |`
  );
  const sized = clones.flatMap((clone) => typeof clone.bytes === "number" ? [clone.bytes] : []);
  const warning = pointerViews ? [
    "",
    `> [!NOTE]`,
    `> ${plural(pointerViews, "incremental model")} got a pointer view, not a copy: the warehouse cannot clone, so their PR build rebuilds them in full.`
  ] : [];
  return {
    title: "cloned relations",
    weight: 5,
    render: (budget) => fitList(
      {
        head: [
          `<details><summary>${plural(clones.length, "relation")} ${cloneVerb(clones)} before building${sized.length ? ` (${formatBytes(sized.reduce((sum, bytes) => sum + bytes, 0))})` : ""}</summary>`,
          "",
          "| Node | For | From | To | How |",
          "| --- | --- | --- | --- | --- |"
        ],
        items,
        more: (n) => context3.more(n, "clone"),
        tail: [...warning, "", "</details>"]
      },
      budget,
      context3.measure
    )
  };
}

// src/report/sections/cost-diff.ts
function formatBytes2(bytes) {
  const units = ["B", "kB", "MB", "GB", "TB", "PB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1e3 && unit < units.length - 1) {
    value /= 1e3;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}
function rowsCell(model) {
  if (model.prRows === null) return "";
  if (model.productionRows === null || model.productionRows === model.prRows) return formatCount(model.prRows);
  return `${formatCount(model.productionRows)} \u2192 ${formatCount(model.prRows)}`;
}
function costDiffPart(context3) {
  const cost = context3.report.costDiff;
  if (!cost) return null;
  const slower = cost.models.filter((model) => model.slower);
  const scanned = new Map((cost.warehouse?.models ?? []).map((model) => [model.uniqueId, model]));
  const withScan = cost.warehouse?.available === true;
  const rule = `at least ${cost.slowerRatio}\xD7 production's last run and 1 s more`;
  const source = cost.production ? `Production's last run: ${cost.production.command ? `\`dbt ${cost.production.command}\`` : "dbt"}${cost.production.generatedAt ? ` of ${formatTimestamp(cost.production.generatedAt)}` : ""}; models it did not build have no production time.` : "The production state carries no run_results.json: there are no production times to compare with.";
  const head = [
    "#### Build time against production",
    "",
    slower.length > 0 ? `\u{1F422} ${plural(slower.length, "model")} got markedly slower (${rule}).` : `No model got markedly slower (${rule}).`,
    "",
    escapeProse(source),
    ...cost.warehouse && !cost.warehouse.available ? ["", `\u26A0\uFE0F ${escapeProse(cost.warehouse.note ?? "")}`] : []
  ].join("\n");
  const ordered = [...slower, ...cost.models.filter((model) => !model.slower)];
  const items = ordered.map((model) => {
    const scan = scanned.get(model.uniqueId);
    const cells = [
      `${model.slower ? "\u{1F422} " : ""}${context3.name(model.uniqueId, true)}`,
      formatDuration(model.prSeconds),
      model.productionSeconds === null ? "\u2014" : formatDuration(model.productionSeconds),
      model.ratio === null ? "" : `${model.ratio.toFixed(1)}\xD7`,
      rowsCell(model),
      ...withScan ? [scan ? `${formatBytes2(scan.bytesScanned)} in ${plural(scan.queries, "query", "queries")}` : ""] : []
    ];
    return `| ${cells.join(" | ")} |`;
  });
  const table = {
    title: "build times",
    weight: 1,
    render: (budget) => fitList(
      {
        head: [
          `| Model | PR | Production | Ratio | Rows |${withScan ? " Scanned |" : ""}`,
          `| --- | ---: | ---: | ---: | ---: |${withScan ? " ---: |" : ""}`
        ],
        items,
        more: (n) => context3.more(n, "model"),
        tail: withScan ? ["", `Scanned: ${escapeProse(cost.warehouse?.source ?? "")}.`] : []
      },
      budget,
      context3.measure
    )
  };
  return composite("build times", 10, head, [table], context3.measure);
}

// src/report/sections/data-diff.ts
var VALUE_MAX2 = 60;
var STATUS_EMOJI = {
  compared: "\u{1F50D}",
  partial: "\u23F1\uFE0F",
  skipped: "\u23ED\uFE0F",
  failed: "\u26A0\uFE0F"
};
function rowsCell2(rows) {
  if (rows === null) return "";
  const change = rows.pr - rows.production;
  if (change === 0) return `${formatCount(rows.pr)} (same)`;
  const sign = change > 0 ? "+" : "\u2212";
  return `${formatCount(rows.production)} \u2192 ${formatCount(rows.pr)} (${sign}${formatCount(Math.abs(change))})`;
}
function schemaCell(schema) {
  if (schema === null) return "";
  const changes = [
    ...schema.added.map((column) => `+${code(column.name, true)}`),
    ...schema.removed.map((column) => `\u2212${code(column.name, true)}`),
    ...schema.retyped.map(
      (column) => `${code(column.name, true)} ${code(column.production, true)} \u2192 ${code(column.pr, true)}`
    )
  ];
  return changes.length > 0 ? changes.join("<br>") : "same columns";
}
function sampleWords(sample) {
  if (sample === null) return "";
  const percent = sample.perMillion / 1e4;
  const shown = percent >= 10 ? percent.toFixed(0) : percent >= 1 ? percent.toFixed(1) : percent.toPrecision(1);
  return `, hash sample of ~${shown}% of ${sample.by === "key" ? "keys" : "rows"}`;
}
function comparedCell(model) {
  if (model.key) {
    return `by key ${model.key.columns.map((c) => code(c, true)).join(", ")}${sampleWords(model.key.sample)}`;
  }
  if (model.profile) return `column profile (no usable key)${sampleWords(model.profile.sample)}`;
  if (model.status === "skipped") return "not compared";
  return model.rows ? "row counts only" : "not compared";
}
function keyFigures(key3) {
  const figures = [
    ...key3.onlyInProduction > 0 ? [`${formatCount(key3.onlyInProduction)} only in production`] : [],
    ...key3.onlyInPr > 0 ? [`${formatCount(key3.onlyInPr)} only in PR`] : [],
    `${formatCount(key3.changed)} of ${formatCount(key3.matched)} changed`
  ];
  const byColumn = key3.changedByColumn.filter((column) => column.count > 0).map((column) => `${code(column.column, true)} ${formatCount(column.count)}`);
  return figures.join(" \xB7 ") + (byColumn.length > 0 ? ` (${byColumn.join(", ")})` : "");
}
function changesCell(model) {
  if (model.reason !== null) return escapeProse(model.reason).replace(/\|/g, "\\|");
  if (model.key) return keyFigures(model.key);
  if (model.profile) {
    const differing = model.profile.columns.filter(
      (column) => JSON.stringify(column.pr) !== JSON.stringify(column.production)
    ).length;
    return differing === 0 ? "profiles match" : `${plural(differing, "column")} profile differently`;
  }
  return model.status === "partial" ? "stopped early: see the details" : "";
}
function row(context3, model) {
  const cells = [
    `${STATUS_EMOJI[model.status]} ${context3.name(model.uniqueId, true)}`,
    rowsCell2(model.rows),
    schemaCell(model.schema),
    comparedCell(model),
    changesCell(model)
  ];
  return `| ${cells.join(" | ")} |`;
}
function keyList(keys) {
  return keys.map((key3) => code(clip(key3, VALUE_MAX2))).join(", ");
}
function profileValue(value, pii) {
  if (pii) return "PII";
  return value === null ? "" : code(clip(value, VALUE_MAX2), true);
}
function details(context3, model) {
  const lines = [];
  for (const note of model.notes) lines.push(`- ${escapeProse(note)}`);
  const key3 = model.key;
  if (key3) {
    const changed = key3.changedByColumn.filter((column) => column.count > 0);
    if (changed.length > 0) {
      lines.push("", "| Column | Matched rows that differ |", "| --- | ---: |");
      for (const column of changed)
        lines.push(`| ${code(column.column, true)} | ${formatCount(column.count)} |`);
    }
    if (key3.examples) {
      const examples = [
        ["Only in production", key3.examples.onlyInProduction],
        ["Only in the PR", key3.examples.onlyInPr],
        ["Changed", key3.examples.changed]
      ];
      lines.push("", "Example keys:");
      for (const [label, keys] of examples) if (keys.length > 0) lines.push(`- ${label}: ${keyList(keys)}`);
    }
    if (key3.examplesHidden) lines.push("", escapeProse(key3.examplesHidden));
  }
  const profile = model.profile;
  if (profile) {
    lines.push(
      "",
      `Profile of ${formatCount(profile.rows.production)} production and ${formatCount(profile.rows.pr)} PR rows (production \u2192 PR):`,
      "",
      "| Column | Nulls | Distinct | Min | Max |",
      "| --- | ---: | ---: | --- | --- |"
    );
    for (const column of profile.columns) {
      const pair = (pick) => column.production && column.pr ? pick(column.production) === pick(column.pr) ? pick(column.pr) : `${pick(column.production)} \u2192 ${pick(column.pr)}` : column.pr ? `(new) ${pick(column.pr)}` : `${pick(column.production)} (dropped)`;
      lines.push(
        `| ${code(column.column, true)} | ${pair((p) => formatCount(p.nulls))} | ${pair((p) => formatCount(p.distinct))} | ${pair((p) => profileValue(p.min, column.pii))} | ${pair((p) => profileValue(p.max, column.pii))} |`
      );
    }
  }
  while (lines[0] === "") lines.shift();
  if (lines.length === 0) return null;
  const summary = `${context3.name(model.uniqueId)}: ${model.key ? "changes by column and example keys" : model.profile ? "column profile" : "notes"} (${formatDuration(model.durationSeconds)})`;
  return [`<details><summary>${summary}</summary>`, "", ...lines, "", "</details>"].join("\n");
}
function dataDiffPart(context3) {
  const diff = context3.report.dataDiff;
  if (!diff) return null;
  const compared = diff.models.filter((model) => model.status === "compared" || model.status === "partial");
  const limits = `row limit ${formatCount(diff.limits.rowLimit)} \xB7 ${diff.limits.modelTimeoutSeconds} s per model \xB7 ${diff.limits.timeBudgetSeconds} s in all`;
  const head = [
    "#### Data diff against production",
    "",
    diff.error ? `\u26A0\uFE0F The data diff could not run: ${escapeProse(diff.error)}` : `Compared ${plural(compared.length, "modified model")} with production in ${formatDuration(diff.durationSeconds)} (${limits}). Values of PII columns are never shown: ${escapeProse(diff.piiRule)}.`
  ].join("\n");
  if (diff.models.length === 0) return composite("data diff", 25, head, [], context3.measure);
  const table = {
    title: "data diff table",
    weight: 3,
    render: (budget) => fitList(
      {
        head: [
          "| Model | Rows (production \u2192 PR) | Schema | Compared | Changed rows |",
          "| --- | --- | --- | --- | --- |"
        ],
        items: diff.models.map((model) => row(context3, model)),
        more: (n) => context3.more(n, "model"),
        tail: []
      },
      budget,
      context3.measure
    )
  };
  const blocks = diff.models.flatMap((model) => details(context3, model) ?? []).map((block, index) => index === 0 ? block : `
${block}`);
  const children = [table];
  if (blocks.length > 0) {
    children.push({
      title: "data diff details",
      weight: 1,
      render: (budget) => fitList(
        { head: [], items: blocks, more: (n) => context3.more(n, "model detail"), tail: [] },
        budget,
        context3.measure
      )
    });
  }
  return composite("data diff", 25, head, children, context3.measure);
}

// src/report/sections/deferred-refs.ts
function deferredRefsPart(context3) {
  const refs = context3.report.deferredRefs;
  if (refs.length === 0) return null;
  const items = refs.map(
    (ref) => `| ${context3.name(ref.node, true)} | ${context3.name(ref.upstream, true)} | ${code(clip(ref.productionRelation, NAME_MAX), true)} |`
  );
  return {
    title: "deferred refs",
    weight: 5,
    render: (budget) => fitList(
      {
        head: [
          `<details><summary>${plural(refs.length, "ref")} read production (deferred)</summary>`,
          "",
          "| Built node | Refers to | Production relation |",
          "| --- | --- | --- |"
        ],
        items,
        more: (n) => context3.more(n, "deferred ref"),
        tail: ["", "</details>"]
      },
      budget,
      context3.measure
    )
  };
}

// src/report/sections/deploy.ts
var LEVEL_EMOJI = { error: "\u274C", warning: "\u26A0\uFE0F", info: "\u2139\uFE0F" };
function deployPart(context3) {
  const { deploy, mode } = context3.report;
  if (!deploy) return null;
  const relations = deploy.relations ?? [];
  const byRelation = deploy.strategy === "relation";
  const rollingBack = mode === "rollback";
  const verb = rollingBack ? "Swapped back" : "Swapped";
  const what = byRelation ? `${plural(relations.length, "relation")} (${plural(deploy.swaps.length, "schema")})` : plural(deploy.swaps.length, "schema");
  const serves = rollingBack ? "the previous deploy" : "what this run built";
  const unchanged = swapOutcomeTail(context3.report);
  const outcome = !deploy.swapped ? "\u26D4 Not swapped: production is unchanged." : deploy.statePublished === false ? `\u26A0\uFE0F Deployed, state not yet published: ${verb.toLowerCase()} ${what}, so production serves ${serves}, but the production state was not published. Re-run the run: it publishes the state without swapping again.` : `\u2705 ${verb} ${what}: production now serves ${serves}${unchanged ? `; ${unchanged}` : ""}.`;
  const head = [`#### ${rollingBack ? "Rollback" : "Deploy"}`, "", outcome].join("\n");
  const name = (value) => code(clip(value, NAME_MAX), true);
  const kept = (swap) => swap.previousKeptAs ? name(swap.previousKeptAs) : swap.hadProduction === false ? "none: first deploy" : "(dropped)";
  const keptAs = `${rollingBack ? DEPLOY_WORDS.rolledBackKept : DEPLOY_WORDS.previousKept} as`;
  const table = byRelation ? {
    head: [`| Production relation | Change | ${keptAs} |`, "| --- | --- | --- |"],
    rows: relations.map(
      (relation) => `| ${name(relation.relation)} | ${relation.change} | ${relation.previousKeptAs ? name(relation.previousKeptAs) : "\u2014"} |`
    ),
    singular: "relation"
  } : rollingBack ? {
    head: [`| Production schema | ${keptAs} |`, "| --- | --- |"],
    rows: deploy.swaps.map((swap) => `| ${name(swap.production)} | ${kept(swap)} |`),
    singular: "schema"
  } : {
    head: [`| Production schema | Built in | ${keptAs} |`, "| --- | --- | --- |"],
    rows: deploy.swaps.map(
      (swap) => `| ${name(swap.production)} | ${name(swap.green)} | ${kept(swap)} |`
    ),
    singular: "schema"
  };
  const swaps = {
    title: byRelation ? "relation swaps" : "schema swaps",
    weight: 2,
    render: (budget) => fitList(
      {
        head: table.head,
        items: table.rows,
        more: (n) => context3.more(n, table.singular),
        tail: []
      },
      budget,
      context3.measure
    )
  };
  const preflight2 = {
    title: "preflight findings",
    weight: 1,
    render: (budget) => fitList(
      {
        head: [`**Preflight (${formatCount(deploy.preflight.length)})**`, ""],
        items: deploy.preflight.map(
          (finding) => `- ${LEVEL_EMOJI[finding.level]} ${escapeProse(clip(finding.message, 1e3))}${finding.relation ? ` (${code(clip(finding.relation, NAME_MAX))})` : ""}`
        ),
        more: (n) => context3.more(n, "finding"),
        tail: []
      },
      budget,
      context3.measure
    )
  };
  const rollback = deploy.rollbackInstructions ? [
    fixedPart(
      "rollback instructions",
      3,
      `**To roll back:** ${escapeProse(clip(deploy.rollbackInstructions, 1e3))}`,
      context3.measure
    )
  ] : [];
  return composite(
    "deploy",
    20,
    head,
    [
      ...(byRelation ? relations.length : deploy.swaps.length) ? [swaps] : [],
      ...deploy.preflight.length ? [preflight2] : [],
      ...rollback
    ],
    context3.measure
  );
}

// src/report/sections/dry-run.ts
var STATEMENT_MAX = 2e3;
function dryRunPart(context3) {
  const dryRun3 = context3.report.dryRun;
  if (!dryRun3) return null;
  const commands = dryRun3.dbtCommands.map((line) => codeBlock(clip(line, STATEMENT_MAX), "sh"));
  const statements = dryRun3.sql.map((sql) => codeBlock(clip(sql, STATEMENT_MAX), "sql"));
  const nothing = commands.length + statements.length === 0 ? ["It would run no dbt command and no SQL."] : [];
  return {
    title: "dry run",
    weight: 15,
    render: (budget) => fitList(
      {
        head: ["#### \u{1F9EA} Dry run", "", `${DRY_RUN_PROMISE} It would run, in order:`, "", ...nothing],
        items: [...commands, ...statements],
        more: (n) => context3.more(n, "command"),
        tail: []
      },
      budget,
      context3.measure
    )
  };
}

// src/report/sections/errors.ts
var ERROR_MESSAGE_MAX = 4e3;
function errorsPart(context3) {
  const { errors } = context3.report;
  if (errors.length === 0) return null;
  const items = errors.map(
    (error) => [
      `- **${escapeProse(error.phase)}**${error.hint ? `: ${escapeProse(clip(error.hint, 1e3))}` : ""}`,
      "",
      codeBlock(clip(error.message, ERROR_MESSAGE_MAX), "text", "  ")
    ].join("\n")
  );
  return {
    title: "errors",
    weight: 20,
    render: (budget) => fitList(
      {
        head: [`#### \u26D4 ${plural(errors.length, "error")}`, ""],
        items,
        more: (n) => context3.more(n, "error"),
        tail: []
      },
      budget,
      context3.measure
    )
  };
}

// src/report/sections/gc.ts
function gcPart(context3) {
  const { gc } = context3.report;
  if (!gc) return null;
  const verb = context3.report.dryRun ? "Would drop" : "Dropped";
  const head = [
    "#### Garbage collection",
    "",
    `${verb} ${plural(gc.dropped.length, "schema")}, kept ${formatCount(gc.kept.length)} \xB7 TTL ${formatCount(gc.ttlHours)} hours \xB7 pull request states ${gc.pullRequestStates === "github" ? "from GitHub" : "not asked (TTL only)"}`,
    ...gc.note ? ["", `> [!NOTE]
> ${escapeProse(gc.note)}`] : []
  ].join("\n");
  const list2 = (title, heading, entries) => ({
    title,
    weight: 1,
    render: (budget) => fitList(
      {
        head: [heading, ""],
        items: entries.map(
          (entry) => `- ${code(clip(entry.name, NAME_MAX))}: ${escapeProse(clip(entry.reason, 500))}`
        ),
        more: (n) => context3.more(n, "schema"),
        tail: []
      },
      budget,
      context3.measure
    )
  });
  return composite(
    "garbage collection",
    10,
    head,
    [
      ...gc.dropped.length ? [list2("dropped schemas", `**${verb} (${formatCount(gc.dropped.length)})**`, gc.dropped)] : [],
      ...gc.kept.length ? [list2("kept schemas", `**Kept (${formatCount(gc.kept.length)})**`, gc.kept)] : []
    ],
    context3.measure
  );
}

// src/report/sections/lineage.ts
var MERMAID_MAX_NODES = 50;
var MERMAID_MAX_TEXT = 5e4;
var LABEL_MAX = 60;
var CLASS_DEFS = [
  "  classDef modified fill:#fff4e0,stroke:#ffa502,stroke-width:2px",
  "  classDef new fill:#e8fbe5,stroke:#1dce00,stroke-width:2px",
  "  classDef removed fill:#ffe5ef,stroke:#ff067e,stroke-width:2px,stroke-dasharray:4 3"
];
function lineageNodes(context3) {
  const plan2 = context3.report.plan;
  if (!plan2) return [];
  const isTest = (uniqueId, type) => {
    const resourceType = type ?? context3.report.nodes[uniqueId]?.resourceType;
    return resourceType === "test" || resourceType === "unit_test";
  };
  return [
    ...plan2.changes.filter((change) => !isTest(change.uniqueId, change.resourceType)).map((change) => ({ uniqueId: change.uniqueId, status: change.status })),
    ...plan2.downstream.filter((node) => !isTest(node.uniqueId)).map((node) => ({ uniqueId: node.uniqueId, status: "downstream" }))
  ];
}
function mermaid(context3, nodes, edges) {
  const ids = new Map(nodes.map((node, index) => [node.uniqueId, `n${index}`]));
  const label = (uniqueId) => mermaidLabel(clip(typedNodeName(context3.report, uniqueId), LABEL_MAX));
  return [
    "```mermaid",
    "flowchart LR",
    ...nodes.map((node) => `  ${ids.get(node.uniqueId)}["${label(node.uniqueId)}"]`),
    ...edges.map(([parent, child]) => `  ${ids.get(parent)} --> ${ids.get(child)}`),
    ...nodes.filter((node) => node.status !== "downstream").map((node) => `  class ${ids.get(node.uniqueId)} ${node.status}`),
    ...CLASS_DEFS,
    "```"
  ].join("\n");
}
function lineagePart(context3) {
  const nodes = lineageNodes(context3);
  if (nodes.length === 0) return null;
  const members = new Set(nodes.map((node) => node.uniqueId));
  const edges = (context3.report.plan?.edges ?? []).filter(
    ([parent, child]) => members.has(parent) && members.has(child)
  );
  const summary = `<details><summary>Lineage: ${plural(nodes.length, "changed or downstream node")}</summary>`;
  const legend = "\u{1F7E7} modified \xB7 \u{1F7E9} new \xB7 \u{1F7E5} removed \xB7 no colour: downstream";
  const diagram = nodes.length <= MERMAID_MAX_NODES ? mermaid(context3, nodes, edges) : null;
  const graph = diagram && diagram.length <= MERMAID_MAX_TEXT ? [summary, "", diagram, "", legend, "", "</details>"].join("\n") : null;
  const children = /* @__PURE__ */ new Map();
  for (const [parent, child] of edges) children.set(parent, [...children.get(parent) ?? [], child]);
  const items = nodes.map((node) => {
    const next = children.get(node.uniqueId) ?? [];
    const status = node.status === "downstream" ? "" : ` (${node.status})`;
    return `- ${context3.typedName(node.uniqueId)}${status}${next.length ? ` \u2192 ${next.map((child) => context3.typedName(child)).join(", ")}` : ""}`;
  });
  const list2 = (budget) => fitList(
    {
      head: [summary, "", `Too large for a diagram; each node with the nodes it feeds:`, ""],
      items,
      more: (n) => context3.more(n, "node"),
      tail: ["", "</details>"]
    },
    budget,
    context3.measure
  );
  return {
    title: "lineage",
    weight: 5,
    render: (budget) => graph !== null && context3.measure(graph) <= budget ? graph : list2(budget)
  };
}

// src/report/sections/merge-preview.ts
function listPart2(context3, title, head, items, tail, singular) {
  return {
    title,
    weight: 1,
    render: (budget) => fitList({ head, items, more: (n) => context3.more(n, singular), tail }, budget, context3.measure)
  };
}
function mergePreviewPart(context3) {
  const preview = context3.report.mergePreview;
  if (!preview) return null;
  const { rebuild, fullRefresh, breakingContracts, drops } = preview;
  const head = [
    "#### What happens on merge",
    "",
    mergePlanSentence(preview, context3.inline, (text) => `**${text}**`)
  ].join("\n");
  const children = [];
  if (fullRefresh.length) {
    children.push(
      listPart2(
        context3,
        "full refreshes needed",
        [
          `**\u26A0\uFE0F Full refresh needed (${formatCount(fullRefresh.length)})** \u2014 incremental models the merge build cannot bring up to date incrementally:`,
          ""
        ],
        fullRefresh.map((need) => `- ${context3.name(need.uniqueId)}: ${context3.inline.text(need.reason)}`),
        [],
        "incremental model"
      )
    );
  }
  if (breakingContracts.length) {
    children.push(
      listPart2(
        context3,
        "breaking contract changes",
        [
          `**\u{1F4A5} Breaking contract changes (${formatCount(breakingContracts.length)})** \u2014 consumers of these models will break:`,
          ""
        ],
        breakingContracts.map(
          (entry) => `- ${context3.name(entry.uniqueId)}: ${entry.changes.map((change) => context3.inline.text(change.detail)).join("; ")}`
        ),
        [],
        "model"
      )
    );
  }
  if (drops.length) {
    const kept = dropsKept(preview, context3.inline);
    children.push(
      listPart2(
        context3,
        "relations of removed nodes",
        [
          kept ? `**Relations the deploy keeps (${formatCount(drops.length)})** \u2014 their nodes were removed; ${kept}:` : `**\u{1F5D1}\uFE0F Relations the deploy will drop (${formatCount(drops.length)})** \u2014 their nodes were removed:`,
          ""
        ],
        drops.map((drop) => `- ${code(clip(drop.relation, NAME_MAX))} (${context3.name(drop.uniqueId)})`),
        [],
        "relation"
      )
    );
  }
  if (preview.copies?.length) {
    const copies = preview.copies;
    const total = copies.reduce((sum, copy) => sum + (copy.bytes ?? 0), 0);
    const words = greenStartWords(preview);
    children.push(
      listPart2(
        context3,
        "tables green starts from",
        [
          `**Production tables ${words.verb} into green first (${formatCount(copies.length)}, ${formatBytes(total)})** \u2014 so these incremental models and snapshots keep their history; ${words.rest}:`,
          ""
        ],
        copies.map(
          (copy) => `- ${code(clip(copy.relation, NAME_MAX))} (${context3.name(copy.uniqueId)}${copy.bytes === null ? "" : `, ${formatBytes(copy.bytes)}`})`
        ),
        [],
        "table"
      )
    );
  }
  if (rebuild.length) {
    children.push(
      listPart2(
        context3,
        "nodes to rebuild",
        [`<details><summary>Nodes the deploy will rebuild (${formatCount(rebuild.length)})</summary>`, ""],
        rebuild.map((uniqueId) => `- ${context3.name(uniqueId)}`),
        ["", "</details>"],
        "node"
      )
    );
  }
  return composite("merge preview", 15, head, children, context3.measure);
}

// src/report/sections/provenance.ts
function provenancePart(context3) {
  const { state } = context3.report;
  if (!stateMatters(context3.report)) return null;
  const origin = state.source === "none" ? "none found: every node counts as new" : `${state.source === "artifact" ? "artifact" : "directory"} ${code(clip(state.location ?? "?", 200))}`;
  const facts = [
    origin,
    ...state.runId !== null ? [state.runUrl ? `from ${link(`run ${state.runId}`, state.runUrl)}` : `from run ${state.runId}`] : [],
    ...state.commitSha ? [`commit ${code(shortSha(state.commitSha))}`] : [],
    ...state.producedAt ? [
      `produced ${formatTimestamp(state.producedAt)}${state.ageSeconds !== null ? ` (${formatAge(state.ageSeconds)} old)` : ""}`
    ] : [],
    ...state.dbtVersion ? [`dbt ${escapeProse(state.dbtVersion)}`] : []
  ];
  const warnings = state.warnings.map((warning) => `> - ${escapeProse(clip(warning.message, 500))}`);
  const lines = [
    `**Production state:** ${facts.join(" \xB7 ")}`,
    ...warnings.length ? ["", "> [!WARNING]", ...warnings] : []
  ];
  return fixedPart("production state", 20, lines.join("\n"), context3.measure);
}

// src/report/result-stats.ts
var SLOWEST_SHOWN = 5;
function sortResults(results) {
  const rank = (result) => OUTCOME_ORDER.indexOf(outcomeOf(result.status));
  return [...results].sort((a, b) => rank(a) - rank(b) || b.executionTime - a.executionTime);
}
function countOutcomes(results) {
  const counts = /* @__PURE__ */ new Map();
  for (const result of results)
    counts.set(outcomeOf(result.status), (counts.get(outcomeOf(result.status)) ?? 0) + 1);
  return counts;
}
function slowest(results) {
  return [...results].filter((result) => result.executionTime > 0).sort((a, b) => b.executionTime - a.executionTime).slice(0, SLOWEST_SHOWN);
}

// src/report/sections/status.ts
var STATUS_EMOJI2 = { success: "\u2705", failure: "\u274C", skipped: "\u23ED\uFE0F", cancelled: "\u{1F6D1}" };
var COMMAND_MAX = 300;
function statusPart(context3) {
  const { report } = context3;
  const title = `### ${STATUS_EMOJI2[report.status]} ${MODE_TITLES[report.mode]} ${statusWord(report)} in ${formatDuration(report.durationSeconds)}`;
  const ran = report.invocations.map(
    (invocation) => `${code(clip(invocation.commandLine, COMMAND_MAX))}${invocation.exitCode === 0 ? "" : ` (exit ${invocation.exitCode})`}`
  );
  const where = [
    ...ran.length ? [`Ran ${ran.join(", then ")}`] : [],
    ...report.context.runUrl ? [link("workflow run", report.context.runUrl)] : [],
    ...report.context.pullRequest !== null ? [`PR #${report.context.pullRequest}`] : [],
    ...report.context.commitSha ? [`commit ${code(shortSha(report.context.commitSha))}`] : []
  ];
  const lines = [
    title,
    ...report.statusReason ? [escapeProse(clip(report.statusReason, 500))] : [],
    ...where.length ? [where.join(" \xB7 ")] : []
  ];
  return fixedPart("status", 100, lines.join("\n\n"), context3.measure);
}

// src/report/sections/results.ts
var FAILURE_MESSAGE_MAX = 4e3;
function volume(result) {
  if (result.failures !== null) return result.failures > 0 ? plural(result.failures, "failing row") : "";
  return result.rowsAffected !== null ? formatCount(result.rowsAffected) : "";
}
function row2(context3, result) {
  const outcome = outcomeOf(result.status);
  const display = context3.report.nodes[result.uniqueId];
  const message = result.message && (outcome === "failed" || outcome === "warned") ? escapeMarkdown(firstLine(result.message, 120)) : "";
  const cells = [
    `${OUTCOME_EMOJI[outcome]} ${result.status}`,
    context3.name(result.uniqueId, true),
    display ? resourceTypeWord(display.resourceType) : "",
    formatDuration(result.executionTime),
    volume(result),
    message
  ];
  return `| ${cells.join(" | ")} |`;
}
function invocationPart(context3, invocation, index) {
  const heading = `**${code(clip(invocation.commandLine, COMMAND_MAX))}** \u2014 exit ${invocation.exitCode}, ${formatDuration(invocation.durationSeconds)}`;
  if (invocation.results === null || invocation.results.length === 0) {
    const why = invocation.results === null ? "dbt wrote no run_results.json: it stopped before running any node (see the errors above and the job log)." : "No node matched: dbt ran nothing.";
    const text = `${heading}

${why}`;
    return fixedPart(`results of invocation ${index + 1}`, 1, text, context3.measure);
  }
  const rows = sortResults(invocation.results).map((result) => row2(context3, result));
  return {
    title: `results of invocation ${index + 1}`,
    weight: 2,
    render: (budget) => fitList(
      {
        head: [
          heading,
          "",
          "| Status | Node | Type | Time | Rows | Message |",
          "| --- | --- | --- | ---: | ---: | --- |"
        ],
        items: rows,
        more: (n) => context3.more(n, "result"),
        tail: []
      },
      budget,
      context3.measure
    )
  };
}
function failuresPart(context3, results) {
  const failing = sortResults(results).filter((result) => {
    const outcome = outcomeOf(result.status);
    return result.message && (outcome === "failed" || outcome === "warned");
  });
  if (failing.length === 0) return null;
  const items = failing.map(
    (result) => [
      "",
      `${context3.name(result.uniqueId)} (${result.status}):`,
      "",
      codeBlock(clip(result.message ?? "", FAILURE_MESSAGE_MAX), "text")
    ].join("\n")
  );
  return {
    title: "failure messages",
    weight: 1,
    render: (budget) => fitList(
      {
        head: [`<details><summary>Failure and warning messages (${formatCount(failing.length)})</summary>`],
        items,
        more: (n) => context3.more(n, "message"),
        tail: ["", "</details>"]
      },
      budget,
      context3.measure
    )
  };
}
function resultsPart(context3) {
  const { invocations } = context3.report;
  if (invocations.length === 0) return null;
  const all = invocations.flatMap((invocation) => invocation.results ?? []);
  const counts = countOutcomes(all);
  const totals = OUTCOME_ORDER.filter((outcome) => counts.has(outcome)).map((outcome) => `${OUTCOME_EMOJI[outcome]} ${formatCount(counts.get(outcome) ?? 0)} ${outcome}`).join(" \xB7 ");
  const slow = slowest(all).map((result) => `${context3.name(result.uniqueId)} ${formatDuration(result.executionTime)}`).join(", ");
  const head = [
    "#### Build and test results",
    ...totals ? ["", totals] : [],
    ...slow ? ["", `Slowest: ${slow}`] : []
  ].join("\n");
  const children = [
    ...invocations.map((invocation, index) => invocationPart(context3, invocation, index)),
    ...[failuresPart(context3, all)].filter((part) => part !== null)
  ];
  return composite("results", 30, head, children, context3.measure);
}

// src/report/sections/self-check.ts
function selfCheckPart(context3) {
  const check = context3.report.selfCheck;
  if (!check) return null;
  if (check.plannedNotExecuted.length === 0 && check.executedNotPlanned.length === 0) {
    const text = "\u2705 Self-check: dbt executed exactly the planned nodes.";
    return fixedPart("self-check", 5, text, context3.measure);
  }
  const list2 = (title, heading, ids) => ({
    title,
    weight: 1,
    render: (budget) => fitList(
      {
        head: [heading, ""],
        items: ids.map((id) => `- ${context3.name(id)}`),
        more: (n) => context3.more(n, "node"),
        tail: []
      },
      budget,
      context3.measure
    )
  });
  const head = "#### \u26A0\uFE0F Self-check: dbt did not execute exactly the plan";
  return composite(
    "self-check",
    5,
    head,
    [
      ...check.plannedNotExecuted.length ? [
        list2(
          "planned but not executed",
          `**Planned but not executed (${formatCount(check.plannedNotExecuted.length)})**`,
          check.plannedNotExecuted
        )
      ] : [],
      ...check.executedNotPlanned.length ? [
        list2(
          "executed but not planned",
          `**Executed but not planned (${formatCount(check.executedNotPlanned.length)})**`,
          check.executedNotPlanned
        )
      ] : []
    ],
    context3.measure
  );
}

// src/report/sections/freshness.ts
var LISTED = 10;
function freshnessSentences(freshness2, quote) {
  const list2 = (ids) => ids.slice(0, LISTED).map(quote).join(", ") + (ids.length > LISTED ? `, \u2026 (${ids.length - LISTED} more)` : "");
  if (freshness2.file === null)
    return [`${quote(freshness2.commandLine)} wrote no sources.json (exit ${freshness2.exitCode}).`];
  const counts = /* @__PURE__ */ new Map();
  for (const source of freshness2.sources) counts.set(source.status, (counts.get(source.status) ?? 0) + 1);
  const stale = freshness2.sources.filter((source) => source.status !== "pass").map((source) => source.uniqueId);
  const sentences = [
    `${quote(freshness2.commandLine)} checked ${plural(freshness2.sources.length, "source")}: ` + [...counts].map(([status, count2]) => `${formatCount(count2)} ${status}`).join(", ") + (stale.length > 0 ? ` (${list2(stale)})` : "") + (freshness2.exitCode !== 0 ? `; dbt exited ${freshness2.exitCode}, which does not fail this run` : "") + "."
  ];
  if (freshness2.fresher !== null)
    sentences.push(
      freshness2.fresher.length > 0 ? `The selection used ${quote("source_status:")}: ${plural(freshness2.fresher.length, "source")} loaded newer data than production state's sources.json: ${list2(freshness2.fresher)}.` : `The selection used ${quote("source_status:")}: no source loaded newer data than production state's sources.json.`
    );
  if (freshness2.published) sentences.push("The deploy publishes this sources.json with the production state.");
  return sentences;
}
function freshnessPart(context3) {
  const freshness2 = context3.report.freshness;
  if (!freshness2) return null;
  const text = `**Source freshness:** ${freshnessSentences(freshness2, (text2) => code(text2)).join(" ")}`;
  return fixedPart("source freshness", 4, text, context3.measure);
}

// src/report/render.ts
var COMMENT_LIMIT = 65536;
var SUMMARY_LIMIT = 1e6;
var MINIMUM_BUDGET = 2e3;
function checkedMarker(marker) {
  if (!/^<!--(?:(?!-->)[^\n])*-->$/.test(marker)) {
    throw new RangeError(`The comment marker ${JSON.stringify(marker)} must be one HTML comment on one line.`);
  }
  return marker;
}
function footer(fullReportUrl, omitted) {
  const notes = [
    ...fullReportUrl ? [link("Full report", fullReportUrl)] : [],
    ...omitted.length ? [`Left out for size: ${omitted.join(", ")}`] : [],
    "dbt-slim-ci"
  ];
  return `---
<sub>${notes.join(" \xB7 ")}</sub>`;
}
function renderMarkdown(report, options) {
  const comment = options.target === "comment";
  const measure = comment ? measureChars : measureUtf8Bytes;
  const budget = Math.min(options.budget, comment ? COMMENT_LIMIT : SUMMARY_LIMIT);
  if (!(budget >= MINIMUM_BUDGET))
    throw new RangeError(`A report budget of ${options.budget} is too small: use at least ${MINIMUM_BUDGET}.`);
  const fullReportUrl = options.fullReportUrl ?? report.fullReportUrl;
  const context3 = markdownContext(report, measure, fullReportUrl);
  const parts = [
    statusPart(context3),
    errorsPart(context3),
    dryRunPart(context3),
    provenancePart(context3),
    selfCheckPart(context3),
    freshnessPart(context3),
    changeOriginsPart(context3),
    changesPart(context3),
    resultsPart(context3),
    dataDiffPart(context3),
    costDiffPart(context3),
    mergePreviewPart(context3),
    deployPart(context3),
    cleanupPart(context3),
    gcPart(context3),
    clonesPart(context3),
    deferredRefsPart(context3),
    lineagePart(context3)
  ].filter((part) => part !== null);
  const head = options.marker === void 0 ? "" : `${checkedMarker(options.marker)}
`;
  const widestFooter = footer(
    fullReportUrl,
    parts.map((part) => part.title)
  );
  const available = budget - measure(head) - measure(`

${widestFooter}`);
  const body = fitParts(parts, available, measure);
  return `${head}${body.text}

${footer(fullReportUrl, body.omitted)}`;
}

// src/dbt/runner.ts
import path13 from "node:path";

// src/dbt/process-group.ts
import { spawn } from "node:child_process";
var LEADER = `
const { spawn } = require('node:child_process')
const [channel, executable, ...args] = process.argv.slice(1)
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => {})
const child = spawn(executable, args, { stdio: ['ignore', 'inherit', 'inherit', ...(channel === 'channel' ? [4] : [])] })
child.on('error', error => {
  process.send({ spawnError: error.code || error.message }, () => process.exit(127))
})
child.on('exit', (code, signal) => process.exit(code === null ? 128 + (require('node:os').constants.signals[signal] || 15) : code))
process.on('disconnect', () => {
  try { process.kill(0, 'SIGINT') } catch {}
  setTimeout(() => process.kill(0, 'SIGKILL'), ${2e3}).unref()
})
`;
function spawnInGroup(executable, args, options) {
  const { requests = false, ...spawnOptions } = options;
  if (process.platform === "win32") {
    const child2 = spawn(executable, args, {
      ...spawnOptions,
      stdio: ["ignore", "pipe", "pipe", ...requests ? ["pipe"] : []]
    });
    const channel = requests ? child2.stdio[3] : null;
    return { child: child2, signal: (signal) => void child2.kill(signal), spawnError: () => null, requests: channel };
  }
  const child = spawn(process.execPath, ["-e", LEADER, requests ? "channel" : "none", executable, ...args], {
    ...spawnOptions,
    // The leader runs with the tool's own Node; options meant for the tool (a test runner's) are not dbt's.
    env: { ...spawnOptions.env, NODE_OPTIONS: "" },
    detached: true,
    stdio: ["ignore", "pipe", "pipe", "ipc", ...requests ? ["pipe"] : []]
  });
  let startFailure = null;
  child.on("message", (message) => {
    startFailure = message.spawnError ?? startFailure;
  });
  return {
    child,
    signal(signal) {
      if (child.pid === void 0 || child.exitCode !== null || child.signalCode !== null) return;
      try {
        process.kill(-child.pid, signal);
      } catch {
      }
    },
    spawnError: () => startFailure,
    requests: requests ? child.stdio[4] : null
  };
}

// src/dbt/python-of.ts
import { open as open2 } from "node:fs/promises";
import path12 from "node:path";
async function pythonOf(executable, pathVariable) {
  const candidates = executable.includes(path12.sep) ? [path12.resolve(executable)] : (pathVariable ?? "").split(path12.delimiter).filter(Boolean).map((dir) => path12.join(dir, executable));
  for (const file of candidates) {
    const head = await readHead(file);
    if (head !== null) return interpreterOf(head);
  }
  return null;
}
function interpreterOf(head) {
  const [first, second = ""] = head.split("\n");
  if (!first.startsWith("#!")) return null;
  const shebang = first.slice(2).trim().split(/\s+/);
  if (shebang.some((word) => /(^|\/)python[\d.]*$/.test(word))) return shebang;
  const exec = /^'''exec' '?"?([^"' ]*python[\d.]*)"?'? "\$0"/.exec(second);
  return exec ? [exec[1]] : null;
}
async function readHead(file) {
  try {
    const handle = await open2(file, "r");
    try {
      const buffer = Buffer.alloc(512);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      return buffer.subarray(0, bytesRead).toString("utf8");
    } finally {
      await handle.close();
    }
  } catch {
    return null;
  }
}

// src/dbt/session.ts
import { randomBytes } from "node:crypto";

// src/dbt/session-driver.ts
var SESSION_DRIVER = String.raw`
import json, logging, os, sys
# python -c puts the working directory (the user's project) first on the path: a folder named dbt there must not
# shadow dbt-core.
if sys.path and sys.path[0] == "":
    sys.path.pop(0)
marker = sys.argv[1]

def answer(message):
    sys.stderr.flush()
    sys.stdout.write(marker + json.dumps(message) + "\n")
    sys.stdout.flush()

try:
    from dbt.cli.main import dbtRunner
except Exception as error:
    answer({"ready": False, "reason": "%s: %s" % (type(error).__name__, error)})
    sys.exit(0)
answer({"ready": True})

def serve(requests):
    # Only the latest parse is kept: a flow builds on the parse just before its builds, and one manifest of a
    # large project is memory enough.
    parsed_key, parsed = None, None
    for line in requests:
        request = json.loads(line)
        os.environ.clear()
        os.environ.update(request["env"])
        # dbt reads sys.argv too: which flags the user set (so dbt_project.yml's flags do not override them) and the
        # invocation_command of its artifacts.
        sys.argv = ["dbt"] + request["args"]
        key = request.get("manifestKey")
        is_parse = request["args"][:1] == ["parse"]
        manifest = parsed if not is_parse and key == parsed_key else None
        if is_parse:
            parsed_key, parsed = None, None
        result = dbtRunner(manifest=manifest).invoke(request["args"])
        if is_parse and result.success:
            parsed_key, parsed = key, result.result
        if result.success:
            code = 0
        elif result.exception is not None:
            code = 2
        else:
            code = 1
        answer({"exitCode": code})
        if isinstance(result.exception, KeyboardInterrupt):
            return

try:
    serve(os.fdopen(3, "r", encoding="utf-8"))
except KeyboardInterrupt:
    # Interrupted between commands: exit as an interrupted dbt does, without a traceback.
    sys.exit(130)
# Every command has written its artifacts and closed its connections: exit without tearing the interpreter down,
# which takes seconds with a large project's manifests in memory.
logging.shutdown()
sys.stdout.flush()
sys.stderr.flush()
os._exit(0)
`;

// src/dbt/session.ts
var DbtSession = class _DbtSession {
  constructor(group2, requests, marker) {
    this.group = group2;
    this.requests = requests;
    this.marker = marker;
  }
  group;
  requests;
  marker;
  pending = null;
  queue = Promise.resolve();
  exited = false;
  /**
   * Starts `python` with the driver in `cwd`; resolves once dbt is imported, or null when this Python has no dbt
   * with the programmatic API (the caller then runs dbt as a process per command). `onLine` gets what Python
   * prints while starting.
   */
  static start(python, options) {
    const marker = `dbt-slim-ci-session-${randomBytes(8).toString("hex")}:`;
    const group2 = spawnInGroup(python[0], [...python.slice(1), "-c", SESSION_DRIVER, marker], {
      cwd: options.cwd,
      env: options.env,
      requests: true
    });
    const session = new _DbtSession(group2, group2.requests, marker);
    const { child } = group2;
    return new Promise((resolve2) => {
      let started = false;
      session.pending = {
        onLine: options.onLine,
        resolve: (answer) => {
          started = true;
          resolve2(answer === 0 ? session : null);
        }
      };
      child.on("error", () => {
        session.exited = true;
        if (!started) resolve2(null);
      });
      session.listen();
    });
  }
  /** Runs one command after the ones before it; resolves with dbt's exit code once dbt answered or exited. */
  run(command, onLine) {
    const next = this.queue.then(
      () => new Promise((resolve2) => {
        if (this.exited) {
          resolve2(1);
          return;
        }
        this.pending = { onLine, resolve: resolve2 };
        this.requests.write(`${JSON.stringify(command)}
`);
      })
    );
    this.queue = next;
    return next;
  }
  /** Whether the process is gone (crashed or stopped by a signal): later commands need a new session. */
  get alive() {
    return !this.exited;
  }
  /** Ends the process after its current command; resolves when it has exited. */
  async close() {
    if (this.exited) return;
    const exited = new Promise((resolve2) => this.group.child.once("close", () => resolve2()));
    this.requests.end();
    await exited;
  }
  listen() {
    const { child } = this.group;
    let buffered = "";
    const onData = (chunk) => {
      buffered += chunk.toString("utf8");
      const lines = buffered.split("\n");
      buffered = lines.pop() ?? "";
      lines.forEach((line) => this.onLine(line));
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    this.requests.on("error", () => void 0);
    child.on("close", (code2) => {
      if (buffered) this.onLine(buffered);
      this.exited = true;
      const pending = this.pending;
      this.pending = null;
      pending?.resolve(code2 ?? 1);
    });
  }
  onLine(line) {
    const at = line.indexOf(this.marker);
    if (at === -1) {
      this.pending?.onLine(line);
      return;
    }
    if (at > 0) this.pending?.onLine(line.slice(0, at));
    const answer = JSON.parse(line.slice(at + this.marker.length));
    const pending = this.pending;
    this.pending = null;
    if (answer.ready === false) pending?.onLine(`dbt's programmatic API is not available: ${answer.reason}`);
    pending?.resolve(answer.ready === false ? 1 : answer.exitCode ?? 0);
  }
};

// src/dbt/runner.ts
var STOP_GRACE_MS = 1e4;
var DbtRunner = class {
  constructor(settings, log, cancellation = new Cancellation()) {
    this.settings = settings;
    this.log = log;
    this.cancellation = cancellation;
  }
  settings;
  log;
  cancellation;
  /** The session, once the first command asked for it; null when dbt runs as a process per command. */
  session = null;
  /** `dbt <command> …` with the project, profiles dir and target of the settings, artifacts in `targetPath`. */
  async run(command, options) {
    const logPath = process.env.DBT_LOG_PATH ? {} : { DBT_LOG_PATH: path13.join(path13.resolve(options.targetPath), "logs") };
    const args = this.argsFor(command, options.targetPath);
    const env = { ...logPath, ...options.env };
    this.cancellation.throwIfRequested();
    const session = await this.sessionFor(env);
    if (!session) return this.spawn(args, env);
    const started = Date.now();
    const tail = [];
    const stopForwarding = this.forwardCancellation(session.group);
    const exitCode = await session.run(
      // A parse of these flags and this environment (its target folder) is what a later command may reuse.
      {
        args,
        env: this.processEnv(env),
        manifestKey: JSON.stringify([options.targetPath, parseArgsOf(args)])
      },
      (line) => this.onLine(tail, line, true)
    ).finally(stopForwarding);
    if (this.cancellation.requested) await this.close();
    return { args, exitCode, durationMs: Date.now() - started, tail };
  }
  /**
   * Starts the dbt session now, without waiting for it, so that Python loads dbt while the flow does other work
   * (downloading production state); the first command then finds dbt ready.
   */
  warmUp() {
    void this.sessionFor({});
  }
  /** Ends the dbt session, if one was started; later commands start a new one. */
  async close() {
    const session = await this.session;
    this.session = null;
    await session?.close();
  }
  /** The running session, started on first use (null when the executable cannot run one). */
  async sessionFor(env) {
    const current = await this.session;
    if (current?.alive === false) this.session = null;
    this.session ??= pythonOf(this.settings.executable, process.env.PATH).then(
      (python) => python ? DbtSession.start(python, {
        cwd: path13.resolve(this.settings.projectDir),
        env: this.processEnv(env),
        onLine: () => void 0
      }) : null
    );
    return this.session;
  }
  /** The full argument list `run` passes to dbt. */
  argsFor(command, targetPath) {
    const args = [
      ...command,
      "--project-dir",
      path13.resolve(this.settings.projectDir),
      "--target-path",
      path13.resolve(targetPath)
    ];
    if (this.settings.profilesDir) args.push("--profiles-dir", path13.resolve(this.settings.profilesDir));
    if (this.settings.target) args.push("--target", this.settings.target);
    return args;
  }
  /** The command `run` would start, as a shell line: its variables of ours, the executable, every argument. */
  shellLine(command, options) {
    const env = { ...this.settings.env, ...options.env };
    return [
      ...Object.entries(env).map(([name, value]) => `${name}=${shellQuote(value)}`),
      shellQuote(this.settings.executable),
      ...this.argsFor(command, options.targetPath).map(shellQuote)
    ].join(" ");
  }
  /** The version dbt reports, or a UserError saying how to install dbt. */
  async version() {
    const invocation = await this.spawn(["--version"], {}, false);
    const text = invocation.tail.join("\n");
    const match = /(?:installed|Core)[^\d]*(\d+\.\d+\.\d+\S*)/i.exec(text) ?? /(\d+\.\d+\.\d+)/.exec(text);
    if (invocation.exitCode !== 0 || !match) {
      throw new UserError(
        `\`${this.settings.executable} --version\` failed (${invocation.tail.slice(-3).join(" ") || `exit ${invocation.exitCode}`}): install dbt-core and your adapter (for example \`pip install dbt-core dbt-postgres\`) or set ${settingMention("dbt-executable", this.settings.front ?? "action")}.`
      );
    }
    return match[1];
  }
  /** The whole environment of a dbt command: the caller's, ours, the command's. */
  processEnv(env) {
    return {
      ...inheritedEnv(),
      ...this.settings.env,
      ...env,
      DBT_SEND_ANONYMOUS_USAGE_STATS: "false"
    };
  }
  /**
   * Forwards every cancellation request to dbt's process group until the returned function is called; the group
   * is killed when dbt has not stopped after the grace period.
   */
  forwardCancellation(group2) {
    let killTimer;
    const stop = this.cancellation.onRequest((request2) => {
      const signal = request2.signal ?? "SIGTERM";
      this.log(`dbt-slim-ci: ${request2.message} Stopping dbt (${signal} to its process group)\u2026`);
      group2.signal(signal);
      killTimer ??= setTimeout(() => group2.signal("SIGKILL"), STOP_GRACE_MS);
    });
    return () => {
      stop();
      clearTimeout(killTimer);
    };
  }
  onLine(tail, line, echo) {
    tail.push(line);
    if (tail.length > 200) tail.shift();
    if (echo) this.log(line);
  }
  spawn(args, env, echo = true) {
    const started = Date.now();
    const tail = [];
    return new Promise((resolve2, reject) => {
      const executable = this.settings.executable.includes(path13.sep) ? path13.resolve(this.settings.executable) : this.settings.executable;
      this.cancellation.throwIfRequested();
      const group2 = spawnInGroup(executable, args, {
        cwd: path13.resolve(this.settings.projectDir),
        env: this.processEnv(env)
      });
      const { child } = group2;
      const stopForwarding = this.forwardCancellation(group2);
      const missing = (code2) => code2 === "ENOENT" ? new UserError(
        `dbt executable \`${this.settings.executable}\` was not found: install dbt (\`pip install dbt-core dbt-postgres\`) in an earlier step or set ${settingMention("dbt-executable", this.settings.front ?? "action")} to its path.`
      ) : null;
      const onLine = (line) => this.onLine(tail, line, echo);
      let buffered = "";
      const onData = (chunk) => {
        buffered += chunk.toString("utf8");
        const lines = buffered.split("\n");
        buffered = lines.pop() ?? "";
        lines.forEach(onLine);
      };
      child.stdout?.on("data", onData);
      child.stderr?.on("data", onData);
      child.on("error", (error) => {
        stopForwarding();
        reject(missing(error.code) ?? error);
      });
      child.on("close", (code2) => {
        stopForwarding();
        if (buffered) onLine(buffered);
        const notStarted = group2.spawnError();
        if (notStarted !== null) {
          reject(missing(notStarted) ?? new Error(`dbt could not be started: ${notStarted}`));
          return;
        }
        resolve2({ args, exitCode: code2 ?? 1, durationMs: Date.now() - started, tail });
      });
    });
  }
};
function inheritedEnv() {
  const env = {};
  for (const [name, value] of Object.entries(process.env))
    if (value !== void 0 && !name.startsWith("DBT_SLIM_CI_")) env[name] = value;
  return env;
}
function shellQuote(arg) {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

// src/production-state/folder-store.ts
import { copyFile as copyFile2, mkdir as mkdir3, readdir, rename, rm as rm3, stat as stat2, writeFile as writeFile2 } from "node:fs/promises";
import path14 from "node:path";

// src/production-state/staleness.ts
function secondsSince(earlier, now) {
  if (earlier === null) return null;
  const time = Date.parse(earlier);
  if (Number.isNaN(time)) return null;
  return Math.max(0, Math.round((now.getTime() - time) / 1e3));
}
function staleWarning(ageSeconds, maxAgeHours) {
  if (maxAgeHours <= 0 || ageSeconds === null || ageSeconds <= maxAgeHours * 3600) return null;
  return {
    code: "stale",
    message: `Production state is ${Math.floor(ageSeconds / 3600)} hours old, older than \`state-max-age-hours\` (${maxAgeHours}): changes deployed since may show up as modified.`
  };
}

// src/production-state/folder-store.ts
var NEW_SUFFIX = ".dbt-slim-ci-new";
var OLD_SUFFIX = ".dbt-slim-ci-old";
function folderStateStore(options) {
  const now = options.now ?? (() => /* @__PURE__ */ new Date());
  return {
    async find() {
      if (options.path === null) return noState([`No ${options.pathLabel} folder was given.`]);
      await recoverInterruptedPublish(path14.resolve(options.path));
      if (options.emptyMeansNone && await isEmptyFolder(options.path)) {
        return noState([
          `${options.pathLabel} folder ${options.path} holds no production state yet (a first deploy).`
        ]);
      }
      return readFolderState(options.path, options.pathLabel, options.maxAgeHours, now());
    },
    async publish(state) {
      const dir = await publishTarget(options);
      await publishFolder(dir, state);
      return dir;
    },
    /** Fails as `publish` would on a publish folder it may not replace, before anything else runs. */
    async checkPublish() {
      await publishTarget(options);
    }
  };
}
async function publishTarget(options) {
  if (options.publishDir === null) {
    throw new UserError(`Nothing to publish to: this run reads state from ${options.pathLabel} only.`);
  }
  const dir = path14.resolve(options.publishDir);
  await recoverInterruptedPublish(dir);
  await assertOwnFolder(dir, options.publishLabel);
  return dir;
}
async function isEmptyFolder(dir) {
  const info = await stat2(dir).catch(() => null);
  if (info === null) return true;
  return info.isDirectory() && (await readdir(dir)).length === 0;
}
async function readFolderState(statePath, label, maxAgeHours, now) {
  const { manifestPath, manifest } = await loadFromStatePath(statePath, label);
  const dir = path14.resolve(path14.dirname(manifestPath));
  const record = await readStateRecord(path14.join(dir, STATE_FILES.record));
  const producedAt = record?.producedAt ?? manifest.metadata.generatedAt;
  const ageSeconds = secondsSince(producedAt, now);
  const stale = staleWarning(ageSeconds, maxAgeHours);
  const provenance = {
    ...NO_PROVENANCE,
    source: "path",
    location: manifestPath,
    runId: record?.runId ?? null,
    runUrl: record?.runUrl ?? null,
    commitSha: record?.commitSha ?? null,
    producedAt,
    ageSeconds,
    dbtVersion: manifest.metadata.dbtVersion,
    warnings: stale ? [stale] : []
  };
  const previous = path14.join(dir, STATE_FILES.previousManifest);
  return {
    dir,
    manifest,
    record,
    previousManifestPath: await pathExists(previous) ? previous : null,
    provenance
  };
}
async function loadFromStatePath(statePath, label) {
  try {
    const manifestPath = await resolveManifestPath(statePath);
    return { manifestPath, manifest: await loadManifest(manifestPath) };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    throw new UserError(`${label} (${statePath}): ${error.message}`, { cause: error });
  }
}
async function assertOwnFolder(dir, label) {
  const info = await stat2(dir).catch(() => null);
  if (info === null) return;
  if (!info.isDirectory()) {
    throw new UserError(
      `${label} (${dir}) is a file: production state is published into a folder of its own. Pass its folder (${path14.dirname(dir)}), or a new folder.`
    );
  }
  const ours = new Set(Object.values(STATE_FILES));
  const foreign = (await readdir(dir)).filter((name) => !ours.has(name));
  if (foreign.length > 0) {
    throw new UserError(
      `${label} (${dir}) holds files that are not production state (${foreign.slice(0, 3).join(", ")}${foreign.length > 3 ? ", \u2026" : ""}): publishing replaces the folder, so give it a folder of its own, e.g. \`production-state\`.`
    );
  }
}
async function publishFolder(dir, state) {
  const fresh = dir + NEW_SUFFIX;
  const old = dir + OLD_SUFFIX;
  await rm3(fresh, { recursive: true, force: true });
  await mkdir3(fresh, { recursive: true });
  const sources = [
    [state.manifestPath, STATE_FILES.manifest],
    [state.runResultsPath, STATE_FILES.runResults],
    [state.sourcesPath ?? null, STATE_FILES.sources],
    [state.previousManifestPath, STATE_FILES.previousManifest]
  ];
  for (const [source, name] of sources) if (source) await copyFile2(source, path14.join(fresh, name));
  await writeFile2(path14.join(fresh, STATE_FILES.record), stateRecordJson(state.record));
  if (await pathExists(dir)) await rename(dir, old);
  await rename(fresh, dir);
  await rm3(old, { recursive: true, force: true });
}
async function recoverInterruptedPublish(dir) {
  if (!await pathExists(dir)) {
    if (await pathExists(dir + NEW_SUFFIX)) await rename(dir + NEW_SUFFIX, dir);
    else if (await pathExists(dir + OLD_SUFFIX)) await rename(dir + OLD_SUFFIX, dir);
    else return;
  }
  await rm3(dir + NEW_SUFFIX, { recursive: true, force: true });
  await rm3(dir + OLD_SUFFIX, { recursive: true, force: true });
}

// src/warehouse/settings-target.ts
function settingsTarget(settings, env = process.env) {
  return readProfileTarget({
    projectDir: settings.dbt.projectDir,
    profilesDir: settings.dbt.profilesDir,
    target: settings.dbt.target,
    overrides: settings.connection,
    env,
    front: settings.front
  });
}
async function productionSchemaOf(settings) {
  const env = { ...process.env };
  delete env.DBT_SLIM_CI_SCHEMA;
  const target = await settingsTarget(settings, env);
  if (!target.schema) {
    throw new UserError(
      `${target.profilesFile}: target ${target.targetName} has no schema: set one, or set ${settingMention("schema-prefix", settings.front)}.`
    );
  }
  return target.schema;
}
async function connectSettingsWarehouse(settings, queryTag, mask = () => void 0) {
  const target = await settingsTarget(settings);
  secretsOf(target).forEach(mask);
  return connectWarehouse(target, {
    dryRun: settings.dryRun,
    queryTag: settings.queryTag ?? queryTag,
    swapLockTimeoutMs: settings.deploy.swapLockTimeoutSeconds * 1e3,
    dependencySeverity: settings.deploy.preflight === "fail" ? "error" : "warning",
    snowflake: settings.snowflakeLockDatabase ? { lockDatabase: settings.snowflakeLockDatabase } : {}
  });
}

export {
  resolveManifestPath,
  loadManifest,
  targetFolder,
  prEnvironmentOf,
  prSchemaOf,
  NO_PROVENANCE,
  noState,
  runCleanup,
  quoteIdent,
  PostgresWarehouse,
  INDIRECT_SELECTION_MODES,
  loadSelectionArtifacts,
  selectNodes,
  compareManifests,
  clip,
  firstLine,
  formatCount,
  plural,
  formatDuration,
  formatAge,
  formatTimestamp,
  shortSha,
  formatBytes,
  behindWarning,
  STATE_FILES,
  stateRecordJson,
  readStateRecord,
  runDefer,
  plainInline,
  describeReason,
  MODE_TITLES,
  DRY_RUN_PROMISE,
  statusWord,
  notComparedReason,
  stateMatters,
  outcomeOf,
  OUTCOME_ORDER,
  RESOURCE_TYPE_ORDER,
  resourceTypeWord,
  nodeName,
  typedNodeName,
  resourceTypePlural,
  DEPLOY_WORDS,
  cloneVerb,
  swapOutcomeTail,
  greenStartWords,
  mergePlanSentence,
  dropsKept,
  runDeploy,
  runGc,
  runRollback,
  GitHubApiError,
  httpFailureOf,
  systemClock,
  RequestError,
  defaults2 as defaults,
  getOctokit,
  isGhes,
  currentWorkflowFile,
  GitHubApi,
  pullRequestStates,
  rowsCell2 as rowsCell,
  sortResults,
  countOutcomes,
  slowest,
  freshnessSentences,
  COMMENT_LIMIT,
  SUMMARY_LIMIT,
  renderMarkdown,
  DbtRunner,
  secondsSince,
  staleWarning,
  folderStateStore,
  productionSchemaOf,
  connectSettingsWarehouse
};
