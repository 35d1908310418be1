import { createRequire as __dbtSlimCiCreateRequire } from 'node:module'; const require = __dbtSlimCiCreateRequire(import.meta.url);
import {
  require_dist,
  settingLabel,
  settingMention
} from "./chunk-HLFPJ7NS.js";
import {
  MARK_PREFIX,
  formatMark,
  parseMark,
  renewedMark
} from "./chunk-4TZCJQAY.js";
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
        for (var key in source) {
          if (hasOwnProperty.call(source, key)) {
            target[key] = source[key];
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
      extend(this, parse3(raw));
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
    function parse3(interval) {
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
    var init = function(register) {
      register(20, parseBigInteger);
      register(21, parseInteger);
      register(23, parseInteger);
      register(26, parseInteger);
      register(700, parseFloat);
      register(701, parseFloat);
      register(16, parseBool);
      register(1082, parseDate);
      register(1114, parseDate);
      register(1184, parseDate);
      register(600, parsePoint);
      register(651, parseStringArray);
      register(718, parseCircle);
      register(1e3, parseBoolArray);
      register(1001, parseByteAArray);
      register(1005, parseIntegerArray);
      register(1007, parseIntegerArray);
      register(1028, parseIntegerArray);
      register(1016, parseBigIntegerArray);
      register(1017, parsePointArray);
      register(1021, parseFloatArray);
      register(1022, parseFloatArray);
      register(1231, parseFloatArray);
      register(1014, parseStringArray);
      register(1015, parseStringArray);
      register(1008, parseStringArray);
      register(1009, parseStringArray);
      register(1040, parseStringArray);
      register(1041, parseStringArray);
      register(1115, parseDateArray);
      register(1182, parseDateArray);
      register(1185, parseDateArray);
      register(1186, parseInterval);
      register(1187, parseIntervalArray);
      register(17, parseByteA);
      register(114, JSON.parse.bind(JSON));
      register(3802, JSON.parse.bind(JSON));
      register(199, parseJsonArray);
      register(3807, parseJsonArray);
      register(3907, parseStringArray);
      register(2951, parseStringArray);
      register(791, parseStringArray);
      register(1183, parseStringArray);
      register(1270, parseStringArray);
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
      var parse3 = function(dimension, elementType2) {
        var array = [];
        var i2;
        if (dimension.length > 1) {
          var count = dimension.shift();
          for (i2 = 0; i2 < count; i2++) {
            array[i2] = parse3(dimension, elementType2);
          }
          dimension.unshift(count);
        } else {
          for (i2 = 0; i2 < dimension[0]; i2++) {
            array[i2] = parseElement(elementType2);
          }
        }
        return array;
      };
      return parse3(dims, elementType);
    };
    var parseText = function(value) {
      return value.toString("utf8");
    };
    var parseBool = function(value) {
      if (value === null) return null;
      return parseBits(value, 8) > 0;
    };
    var init = function(register) {
      register(20, parseInt64);
      register(21, parseInt16);
      register(23, parseInt32);
      register(26, parseInt32);
      register(1700, parseNumeric);
      register(700, parseFloat32);
      register(701, parseFloat64);
      register(16, parseBool);
      register(1114, parseDate.bind(null, false));
      register(1184, parseDate.bind(null, true));
      register(1e3, parseArray);
      register(1007, parseArray);
      register(1016, parseArray);
      register(1008, parseArray);
      register(1009, parseArray);
      register(25, parseText);
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
    var defaults2 = require_defaults();
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
          if (defaults2.parseInputDatesAsUTC) {
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
      randomBytes,
      deriveKey,
      sha256,
      hashByName,
      hmacSha256,
      md5
    };
    var webCrypto = nodeCrypto.webcrypto || globalThis.crypto;
    var subtleCrypto = webCrypto.subtle;
    var textEncoder = new TextEncoder();
    function randomBytes(length) {
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
      const key = await subtleCrypto.importKey("raw", keyBuffer, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
      return await subtleCrypto.sign("HMAC", key, textEncoder.encode(msg));
    }
    async function deriveKey(password, salt, iterations) {
      const key = await subtleCrypto.importKey("raw", textEncoder.encode(password), "PBKDF2", false, ["deriveBits"]);
      const params = { name: "PBKDF2", hash: "SHA-256", salt, iterations };
      return await subtleCrypto.deriveBits(params, key, 32 * 8, ["deriveBits"]);
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
    function parse3(str, options = {}) {
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
      const connectionOptions = Object.entries(sslConfig).reduce((c, [key, value]) => {
        if (value !== void 0 && value !== null) {
          c[key] = value;
        }
        return c;
      }, /* @__PURE__ */ Object.create(null));
      return connectionOptions;
    }
    function toClientConfig(config) {
      const poolConfig = Object.entries(config).reduce((c, [key, value]) => {
        if (key === "ssl") {
          const sslConfig = value;
          if (typeof sslConfig === "boolean") {
            c[key] = sslConfig;
          }
          if (typeof sslConfig === "object") {
            c[key] = toConnectionOptions(sslConfig);
          }
        } else if (value !== void 0 && value !== null) {
          if (key === "port") {
            if (value !== "") {
              const v = parseInt(value, 10);
              if (isNaN(v)) {
                throw new Error(`Invalid ${key}: ${value}`);
              }
              c[key] = v;
            }
          } else {
            c[key] = value;
          }
        }
        return c;
      }, /* @__PURE__ */ Object.create(null));
      return poolConfig;
    }
    function parseIntoClientConfig(str) {
      return toClientConfig(parse3(str));
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
    module.exports = parse3;
    parse3.parse = parse3;
    parse3.toClientConfig = toClientConfig;
    parse3.parseIntoClientConfig = parseIntoClientConfig;
  }
});

// node_modules/pg/lib/connection-parameters.js
var require_connection_parameters = __commonJS({
  "node_modules/pg/lib/connection-parameters.js"(exports, module) {
    "use strict";
    var dns = __require("dns");
    var defaults2 = require_defaults();
    var parse3 = require_pg_connection_string().parse;
    var val = function(key, config, envVar) {
      if (config[key]) {
        return config[key];
      }
      if (envVar === void 0) {
        envVar = process.env["PG" + key.toUpperCase()];
      } else if (envVar === false) {
      } else {
        envVar = process.env[envVar];
      }
      return envVar || defaults2[key];
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
      return defaults2.ssl;
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
        config = typeof config === "string" ? parse3(config) : config || {};
        if (config.connectionString) {
          config = Object.assign({}, config, parse3(config.connectionString));
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
        const row2 = new Array(rowData.length);
        for (let i = 0, len = rowData.length; i < len; i++) {
          const rawValue = rowData[i];
          if (rawValue !== null) {
            row2[i] = this._parsers[i](rawValue);
          } else {
            row2[i] = null;
          }
        }
        return row2;
      }
      parseRow(rowData) {
        const row2 = { ...this._prebuiltEmptyResultObject };
        for (let i = 0, len = rowData.length; i < len; i++) {
          const rawValue = rowData[i];
          const field = this.fields[i].name;
          if (rawValue !== null) {
            const v = this.fields[i].format === "binary" ? Buffer.from(rawValue) : rawValue;
            row2[field] = this._parsers[i](v);
          } else {
            row2[field] = null;
          }
        }
        return row2;
      }
      addRow(row2) {
        this.rows.push(row2);
      }
      addFields(fieldDescriptions) {
        this.fields = fieldDescriptions;
        if (this.fields.length) {
          this._parsers = new Array(fieldDescriptions.length);
        }
        const row2 = /* @__PURE__ */ Object.create(null);
        for (let i = 0; i < fieldDescriptions.length; i++) {
          const desc = fieldDescriptions[i];
          row2[desc.name] = null;
          if (this._types) {
            this._parsers[i] = this._types.getTypeParser(desc.dataTypeID, desc.format || "text");
          } else {
            this._parsers[i] = types2.getTypeParser(desc.dataTypeID, desc.format || "text");
          }
        }
        this._prebuiltEmptyResultObject = { ...row2 };
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
        let row2;
        if (this._canceledDueToError) {
          return;
        }
        try {
          row2 = this._result.parseRow(msg.fields);
        } catch (err) {
          this._canceledDueToError = err;
          return;
        }
        this.emit("row", row2, this._result);
        if (this._accumulateRows) {
          this._result.addRow(row2);
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
      for (const key of Object.keys(opts)) {
        writer.addCString(key).addCString(opts[key]);
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
    var parse3 = (query2) => {
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
    var bind = (config = {}) => {
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
      parse: parse3,
      bind,
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
    var Parser2 = class {
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
    exports.Parser = Parser2;
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
    exports.parse = parse3;
    var messages_1 = require_messages();
    Object.defineProperty(exports, "DatabaseError", { enumerable: true, get: function() {
      return messages_1.DatabaseError;
    } });
    var serializer_1 = require_serializer();
    Object.defineProperty(exports, "serialize", { enumerable: true, get: function() {
      return serializer_1.serialize;
    } });
    var parser_1 = require_parser();
    function parse3(stream, callback) {
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
    var { parse: parse3, serialize } = require_dist2();
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
        parse3(stream2, (msg) => {
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
    function noop(incoming) {
      return incoming;
    }
    function split(matcher, mapper, options) {
      matcher = matcher || /\r?\n/;
      mapper = mapper || noop;
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
            mapper = noop;
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
    var path10 = __require("path");
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
      var file = env.PGPASSFILE || (isWin ? path10.join(env.APPDATA || "./", "postgresql", "pgpass.conf") : path10.join(env.HOME || "./", ".pgpass"));
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
    var path10 = __require("path");
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
    var defaults2 = require_defaults();
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
        this.binary = c.binary || defaults2.binary;
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
        const context = this;
        client.end(() => {
          context.emit("remove", client);
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
        for (const key in fields) {
          const normalizedFieldName = errorFieldMap[key] || key;
          err[normalizedFieldName] = fields[key];
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
              rowOfRows.forEach((row2) => {
                self.emit("row", row2, results[i]);
              });
            });
          } else {
            rows.forEach(function(row2) {
              self.emit("row", row2, results);
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
    var defaults2 = require_defaults();
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
      this.defaults = defaults2;
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
  const metadata = typeof raw === "object" && raw !== null && !Array.isArray(raw) ? raw : {};
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
function normalizeNode(raw, key, section, options = {}) {
  const node = asEntry(raw);
  const resourceType = resourceTypeOf(node, section);
  const config = object(node.config);
  const dependsOn = object(node.depends_on);
  return {
    uniqueId: string(node.unique_id, key),
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
function normalizeMacro(raw, key) {
  const macro = asEntry(raw);
  return {
    uniqueId: string(macro.unique_id, key),
    name: string(macro.name, ""),
    packageName: string(macro.package_name, ""),
    macroSql: string(macro.macro_sql, ""),
    dependsOnMacros: stringList(object(macro.depends_on).macros)
  };
}
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
      return { type: stringOrNull2(node.type), label: stringOrNull2(node.label) };
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
  for (const [key, raw] of Object.entries(object(value))) {
    const column = object(raw);
    result[key] = {
      name: string(column.name, key),
      description: string(column.description, ""),
      dataType: stringOrNull2(column.data_type),
      constraints: objectList(column.constraints)
    };
  }
  return result;
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
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function object(value) {
  return isObject(value) ? value : {};
}
function withDefaults(value, defaults2) {
  return { ...defaults2, ...object(value) };
}
function list(value) {
  return Array.isArray(value) ? value : [];
}
function objectList(value) {
  return list(value).filter(isObject);
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
var LAST_SCHEMA_WITH_LEGACY_METRICS = 9;
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
  addEntry(map, key, json) {
    const raw = this.parse(json, `${map}["${key}"]`);
    try {
      if (map === "macros") this.macros.set(key, normalizeMacro(raw, key));
      else if (map === "disabled") this.addDisabled(key, raw);
      else this.addMember(key, normalizeNode(raw, key, map, this.options));
    } catch (error) {
      if (error instanceof EntryShapeError) {
        throw new ArtifactError(
          this.file,
          `${map}["${key}"] ${error.message}. Regenerate the manifest with dbt.`
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
    if (this.metadata.schemaVersion <= LAST_SCHEMA_WITH_LEGACY_METRICS) {
      for (const map of [this.nodes, this.disabled]) {
        for (const [id, node] of map) if (node.resourceType === "metric") map.delete(id);
      }
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
  addDisabled(key, raw) {
    const first = Array.isArray(raw) ? raw[0] : raw;
    if (first === void 0 || this.disabled.has(key)) return;
    this.disabled.set(key, normalizeNode(first, key, null, this.options));
  }
  /** Entries of the main maps with `config.enabled: false` (tests of disabled models) are not graph members. */
  addMember(key, node) {
    if (node.resourceType === "model" && this.firstModelPackage === null)
      this.firstModelPackage = node.packageName;
    if (node.enabled) this.nodes.set(key, node);
    else if (!this.disabled.has(key)) this.disabled.set(key, node);
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
    this.skippedKeys = [...handlers.skippedFields ?? []].map((key) => Buffer.from(key, "utf8"));
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
  rebase(count) {
    this.base += count;
    this.pos -= count;
    this.valueStart -= count;
    this.stringStart -= count;
    if (this.tokenStart >= 0) this.tokenStart -= count;
    this.lastStringStart -= count;
    this.lastStringEnd -= count;
    if (this.skipFrom >= 0) this.skipFrom -= count;
    for (let i = 0; i < this.skips.length; i++) this.skips[i] -= count;
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
        const key = this.readKey(buf, at);
        if (key === void 0) return false;
        if (top) this.topKey = key;
        else this.entryKey = key;
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
    for (const key of this.skippedKeys) {
      if (key.length !== length || key[0] !== buf[start]) continue;
      let i = 1;
      while (i < length && key[i] === buf[start + i]) i++;
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
function findClosingQuote(buf, from, open2) {
  let q = buf.indexOf(QUOTE, from);
  while (q >= 0) {
    let b = q - 1;
    while (b > open2 && buf[b] === BACKSLASH) b--;
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
    onEntry: (map, key, json) => assembler.addEntry(map, key, json),
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
  const key = createHash("sha256").update(JSON.stringify(entries)).digest("hex").slice(0, 12);
  return path2.join(workDir, `dbt-target-${key}`);
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
  const flow = {
    env,
    report,
    async step(name, run) {
      current = name;
      env.log.debug(`step: ${name}`);
      return run();
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
    recordFailure(env, report, current, error);
  }
  for (const release of releases.reverse()) {
    try {
      await release();
    } catch (error) {
      env.log.warning(`Cleaning up after ${mode} failed: ${messageOf(error)}`);
      env.log.debug(stackOf(error));
    }
  }
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
        await warehouse.drop(container);
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
  const found = /* @__PURE__ */ new Map();
  for (const database of /* @__PURE__ */ new Set([null, ...databases])) {
    const listed = await warehouse.listMarkedContainers(database).catch((error) => {
      env.log.warning(
        `Could not list the ownership marks in ${database ?? "the default database"}: ${error.message}`
      );
      return [];
    });
    for (const marked of listed) {
      const { mark, container } = marked;
      if (mark.role !== "pr" || mark.repository !== env.run.repository) continue;
      if (mark.pullRequest !== env.run.pullRequest) continue;
      found.set(`${container.database ?? ""}.${container.name}`, marked);
    }
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
import path5 from "node:path";

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
function isObject2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
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
  if (!isObject2(value)) return null;
  const succeeded = Array.isArray(value.successful) ? value.successful.length : 0;
  const failed = Array.isArray(value.failed) ? value.failed.length : 0;
  return { succeeded, failed };
}
function parseResult(file, index, value) {
  if (!isObject2(value)) throw new ArtifactError(file, `results[${index}] is not an object.`);
  if (typeof value.unique_id !== "string")
    throw new ArtifactError(file, `results[${index}] has no unique_id.`);
  const adapterResponse = isObject2(value.adapter_response) ? value.adapter_response : {};
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
  if (!isObject2(json) || !isObject2(json.metadata)) {
    throw new ArtifactError(file, "has no `metadata` object: it is not a dbt run_results.json.");
  }
  const schemaVersion = schemaVersionOf(file, json.metadata);
  if (!Array.isArray(json.results)) throw new ArtifactError(file, "has no `results` list.");
  const args = isObject2(json.args) ? json.args : {};
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
    plan: { selector, selected: [...selected], changes, downstream, edges },
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
    relationName: node.relationName
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
    for (const { key } of reason.changes) {
      if (REBUILD_KEYS[key]) reasons.push(`its \`${key}\` changed: ${REBUILD_KEYS[key]}`);
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
  const fresher = /* @__PURE__ */ new Set();
  for (const [id, current] of currentSources) {
    if (current.maxLoadedAtMicros === null) continue;
    const previous = stateSources.get(id)?.maxLoadedAtMicros ?? null;
    if (previous === null || current.maxLoadedAtMicros > previous) fresher.add(id);
  }
  return new Set(included.filter((node) => fresher.has(node.uniqueId)).map((node) => node.uniqueId));
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
    } else out += escapeLiteral(char);
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
function escapeLiteral(char) {
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
        const group = node.config.group;
        return typeof group === "string" && group.length > 0 && fnmatch(group, value);
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
function globSegments(pattern, path10) {
  if (pattern.length === 0) return path10.length === 0;
  const [head, ...rest] = pattern;
  if (head === "**")
    return path10.some((_, index) => globSegments(rest, path10.slice(index))) || globSegments(rest, []);
  return path10.length > 0 && fnmatch(path10[0], head) && globSegments(rest, path10.slice(1));
}
function configMatches(config, keys, selector) {
  let value = config;
  for (const key of keys) {
    if (value === null || typeof value !== "object" || Array.isArray(value) || !Object.hasOwn(value, key))
      return false;
    value = value[key];
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
    results.set(result.unique_id, { maxLoadedAtMicros: micros });
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
var STATE_VALUES = [
  "new",
  "old",
  "modified",
  "unmodified",
  "modified.body",
  "modified.configs",
  "modified.persisted_descriptions",
  "modified.relation",
  "modified.macros",
  "modified.contract"
];
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
function searchStateMethod(value, included, state, comparison) {
  if (!state || !comparison) {
    throw new UserError(
      "Got a state selector method, but no comparison manifest: pass --state with the production manifest.json."
    );
  }
  const predicate = PREDICATES[value];
  if (!predicate) {
    throw new UserError(
      `Got an invalid selector "${value}", expected one of ${JSON.stringify(STATE_VALUES)}.`
    );
  }
  const selected = /* @__PURE__ */ new Set();
  for (const node of included) {
    const nodeComparison = comparison.nodes.get(node.uniqueId);
    if (nodeComparison && predicate(nodeComparison)) selected.add(node.uniqueId);
  }
  return selected;
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
  const included = [...input.current.nodes.values()];
  const context = {
    current: input.current,
    state: input.state,
    comparison: input.comparison,
    artifacts,
    included,
    sources: new Set(included.filter((node) => node.resourceType === "source").map((node) => node.uniqueId)),
    resolving: []
  };
  const named = namedRootSelector(input, artifacts);
  if (named) context.resolving.push(named.name);
  const spec = named ? named.definition : parseSelection(
    input.select.length > 0 ? input.select : DEFAULT_SELECT,
    input.exclude,
    indirectSelection
  );
  return resolve(spec, context);
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
function resolve(spec, context) {
  const isListed = (id) => {
    const resourceType = context.current.nodes.get(id)?.resourceType;
    return resourceType !== void 0 && LISTED_TYPES.has(resourceType);
  };
  const [includedSpec, ...excludedSpecs] = spec.kind === "difference" ? spec.components : [spec];
  const includedBundle = selectSpec(includedSpec, context);
  const excludedBundles = excludedSpecs.map((excluded2) => selectSpec(excluded2, context));
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
function searchSelectorMethod(pattern, context) {
  const file = context.artifacts.selectors;
  const matched = [...file?.selectors ?? []].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0).filter((selector) => fnmatch(selector.name, pattern));
  if (matched.length === 0) {
    throw new UserError(
      `Selector '${pattern}' did not match any selector in selectors.yml` + (file ? ` (${file.file}).` : ": the project has no selectors.yml.")
    );
  }
  const result = /* @__PURE__ */ new Set();
  for (const selector of matched) {
    if (context.resolving.includes(selector.name)) {
      throw new UserError(
        `Circular dependency detected in selector: ${[...context.resolving, selector.name].join(" -> ")}.`
      );
    }
    context.resolving.push(selector.name);
    for (const id of resolve(selector.definition, context).selected) result.add(id);
    context.resolving.pop();
  }
  return result;
}
function searchCriterion(criterion, context) {
  switch (criterion.method) {
    case "state":
      return searchStateMethod(criterion.value, context.included, context.state, context.comparison);
    case "result":
      return searchResultMethod(criterion.value, context.included, context.artifacts);
    case "source_status":
      return searchSourceStatusMethod(criterion.value, context.included, context.artifacts);
    case "selector":
      return searchSelectorMethod(criterion.value, context);
    default:
      return searchNodeMethod(criterion, context.included, context.current);
  }
}
function selectSpec(spec, context) {
  return spec.kind === "criterion" ? selectCriterion(spec, context) : selectGroup(spec, context);
}
function selectCriterion(criterion, context) {
  const collected = searchCriterion(criterion, context);
  const why = /* @__PURE__ */ new Map();
  for (const id of collected) why.set(id, { kind: "matched", selector: criterion.raw });
  const addRelatives = (reached, kind) => {
    for (const [id, origin] of reached)
      if (!why.has(id)) why.set(id, { kind, selector: criterion.raw, of: origin });
  };
  const { parents, children } = context.current;
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
  return expandSelection(selected, why, criterion.indirectSelection, criterion.raw, context);
}
function expandSelection(selected, why, mode, raw, context) {
  const direct = new Set(selected);
  const indirect = /* @__PURE__ */ new Set();
  const buildableScope = mode === "buildable" ? /* @__PURE__ */ new Set([...selected, ...walk(context.current.parents, selected, null).keys(), ...context.sources]) : null;
  for (const id of successors(selected, context.current)) {
    const node = context.current.nodes.get(id);
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
function successors(selected, current) {
  const result = /* @__PURE__ */ new Set();
  for (const id of selected) for (const child of current.children.get(id) ?? []) result.add(child);
  return result;
}
function selectGroup(group, context) {
  const bundles = group.components.map((component) => selectSpec(component, context));
  const combine = (sets) => combineSets(group.kind, sets);
  const initialDirect = combine(bundles.map((bundle) => bundle.direct));
  const indirect = combine(bundles.map((bundle) => /* @__PURE__ */ new Set([...bundle.direct, ...bundle.indirect])));
  const why = /* @__PURE__ */ new Map();
  for (const bundle of bundles) for (const [id, reason] of bundle.why) if (!why.has(id)) why.set(id, reason);
  const direct = incorporateIndirectNodes(initialDirect, indirect, group.indirectSelection, context);
  return { direct, indirect, why };
}
function combineSets(kind, sets) {
  if (sets.length === 0) return /* @__PURE__ */ new Set();
  const [first, ...rest] = sets;
  if (kind === "union") return new Set(sets.flatMap((set) => [...set]));
  if (kind === "intersection") return new Set([...first].filter((id) => rest.every((set) => set.has(id))));
  return new Set([...first].filter((id) => !rest.some((set) => set.has(id))));
}
function incorporateIndirectNodes(direct, indirect, mode, context) {
  if (direct.size === indirect.size && [...direct].every((id) => indirect.has(id))) return direct;
  const selected = new Set(direct);
  if (mode !== "cautious" && mode !== "buildable") return selected;
  const scope = mode === "buildable" ? /* @__PURE__ */ new Set([...selected, ...walk(context.current.parents, selected, null).keys()]) : selected;
  for (const id of indirect) {
    const node = context.current.nodes.get(id);
    if (!node || node.section !== "nodes") continue;
    if (node.dependsOnNodes.every((parent) => scope.has(parent))) selected.add(id);
  }
  return selected;
}

// src/state/dbt-version.ts
function parseDbtVersion(text) {
  const match = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(text.trim());
  if (!match) return null;
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3] ?? 0) };
}
function isAtLeast(version, major, minor, patch = 0) {
  if (version.major !== major) return version.major > major;
  if (version.minor !== minor) return version.minor > minor;
  return version.patch >= patch;
}
function formatDbtVersion(version) {
  return `${version.major}.${version.minor}.${version.patch}`;
}

// src/state/compare-options.ts
var LATEST_KNOWN = { major: 1, minor: 12, patch: 0 };
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
  return parseDbtVersion(current.metadata.dbtVersion) ?? LATEST_KNOWN;
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
  return aKeys.every((key) => Object.hasOwn(b, key) && pyEq(a[key], b[key]));
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
function withDefaults2(constraint, defaults2) {
  return { ...defaults2, ...constraint };
}
function containsConstraint(list2, constraint, defaults2) {
  const wanted = withDefaults2(constraint, defaults2);
  return list2.some((candidate) => pyEq(withDefaults2(candidate, defaults2), wanted));
}
function sameConstraintList(a, b, defaults2) {
  return a.length === b.length && a.every((constraint, index) => pyEq(withDefaults2(constraint, defaults2), withDefaults2(b[index], defaults2)));
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
  for (const key of Object.keys(state.columns).sort()) {
    const oldColumn = state.columns[key];
    const newColumn = current.columns[key];
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
            column: key,
            detail: `enforced '${constraintLabel(constraint)}' constraint on column \`${key}\` was removed`
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
    (key) => !(EXCLUDED_KEYS[resourceType] ?? []).includes(key)
  );
  return keys.flatMap((key) => {
    const change = keyChange(key, current, state);
    return change ? [change] : [];
  });
}
function keyChange(key, current, state) {
  const inCurrent = Object.hasOwn(current, key);
  const inState = Object.hasOwn(state, key);
  if (!inCurrent && !inState) return null;
  const newValue = inCurrent ? current[key] : void 0;
  const oldValue = inState ? state[key] : void 0;
  if (inCurrent && inState && pyEq(newValue, oldValue)) return null;
  return { key, old: oldValue, new: newValue };
}
function fieldChanges(keys, current, state) {
  return keys.flatMap((key) => {
    const newValue = current[key] ?? null;
    const oldValue = state[key] ?? null;
    return pyEq(newValue, oldValue) ? [] : [{ key, old: oldValue, new: newValue }];
  });
}

// src/state/describe.ts
function describeValue(value) {
  if (value === void 0) return "(not set)";
  return JSON.stringify(value);
}
function describeChanges(changes) {
  return changes.map((change) => `${change.key}: ${describeValue(change.old)} \u2192 ${describeValue(change.new)}`).join("; ");
}

// src/state/fqn-comparison.ts
function sameFqn(current, state) {
  return current.fqn.length === state.fqn.length && current.fqn.every((part, index) => part === state.fqn[index]);
}

// src/state/persisted-descriptions.ts
function persistDocsFlag(node, key) {
  const persistDocs = node.config.persist_docs;
  if (persistDocs === null || typeof persistDocs !== "object" || Array.isArray(persistDocs)) return false;
  return isTruthy(persistDocs[key]);
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
  return [...keys].filter((key) => current.columns[key]?.description !== state.columns[key]?.description).sort();
}

// src/state/relation-comparison.ts
var RELATION_KEYS = ["database", "schema", "alias"];
function relationChanges(current, state, unrenderedValues) {
  if (current.resourceType === "source") return sourceRelationChanges(current, state, unrenderedValues);
  return RELATION_KEYS.flatMap(
    (key) => differs(key, state.unrenderedConfig[key] ?? null, current.unrenderedConfig[key] ?? null)
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
function differs(key, oldValue, newValue) {
  return pyEq(oldValue, newValue) ? [] : [{ key, old: oldValue, new: newValue }];
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

// src/jinja/python-literals.ts
function pythonRepr(value) {
  if (value === null) return "None";
  if (value === true) return "True";
  if (value === false) return "False";
  if (typeof value === "string") return pythonStringRepr(value);
  if (typeof value === "bigint") return String(value);
  return pythonFloatRepr(value);
}
var NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
function pythonStringRepr(value) {
  const quote = value.includes("'") && !value.includes('"') ? '"' : "'";
  let out = "";
  for (const char of value) {
    const code2 = char.codePointAt(0) ?? 0;
    if (char === "\\" || char === quote) out += `\\${char}`;
    else if (char === "\n") out += "\\n";
    else if (char === "\r") out += "\\r";
    else if (char === "	") out += "\\t";
    else if (char !== " " && NON_PRINTABLE.test(char)) out += codePointEscape(code2);
    else out += char;
  }
  return `${quote}${out}${quote}`;
}
function codePointEscape(code2) {
  if (code2 < 256) return `\\x${code2.toString(16).padStart(2, "0")}`;
  if (code2 < 65536) return `\\u${code2.toString(16).padStart(4, "0")}`;
  return `\\U${code2.toString(16).padStart(8, "0")}`;
}
function pythonFloatRepr(value) {
  if (Number.isNaN(value)) return "nan";
  if (!Number.isFinite(value)) return value > 0 ? "inf" : "-inf";
  if (value === 0) return Object.is(value, -0) ? "-0.0" : "0.0";
  const sign = value < 0 ? "-" : "";
  const [mantissa, exponent] = Math.abs(value).toExponential().split("e");
  const digits = mantissa.replace(".", "");
  const point = Number(exponent) + 1;
  if (point > -4 && point <= 16) {
    if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
    if (point >= digits.length) return `${sign}${digits}${"0".repeat(point - digits.length)}.0`;
    return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
  }
  const scaled = digits.length === 1 ? digits : `${digits[0]}.${digits.slice(1)}`;
  const power = point - 1;
  return `${sign}${scaled}e${power < 0 ? "-" : "+"}${String(Math.abs(power)).padStart(2, "0")}`;
}
var SIMPLE_ESCAPES = {
  "\\": "\\",
  "'": "'",
  '"': '"',
  a: "\x07",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "	",
  v: "\v",
  "\n": ""
};
function decodePythonEscapes(body) {
  const ascii = body.replace(/[^\0-\x7f]/gu, (char) => codePointEscape(char.codePointAt(0) ?? 0));
  let out = "";
  for (let i = 0; i < ascii.length; i++) {
    const char = ascii[i];
    if (char !== "\\") {
      out += char;
      continue;
    }
    const escaped = ascii[++i];
    if (escaped === void 0) throw new Error("\\ at end of string");
    if (escaped in SIMPLE_ESCAPES) out += SIMPLE_ESCAPES[escaped];
    else if (/[0-7]/.test(escaped)) {
      const octal = /^[0-7]{1,3}/.exec(ascii.slice(i))?.[0] ?? escaped;
      out += String.fromCodePoint(parseInt(octal, 8));
      i += octal.length - 1;
    } else if (escaped === "x" || escaped === "u" || escaped === "U") {
      const length = escaped === "x" ? 2 : escaped === "u" ? 4 : 8;
      const hex = ascii.slice(i + 1, i + 1 + length);
      const code2 = /^[0-9a-fA-F]+$/.test(hex) && hex.length === length ? parseInt(hex, 16) : NaN;
      if (!(code2 <= 1114111)) throw new Error(`truncated or invalid \\${escaped}XX escape`);
      out += String.fromCodePoint(code2);
      i += length;
    } else if (escaped === "N") throw new Error("\\N{\u2026} escapes are not supported");
    else out += `\\${escaped}`;
  }
  return out;
}

// src/jinja/lexer.ts
var WHITESPACE = /\s+/uy;
var FLOAT = /(?<!\.)(\d+_)*\d+((\.(\d+_)*\d+)?e[+-]?(\d+_)*\d+|\.(\d+_)*\d+)/iy;
var INTEGER = /(0b(_?[01])+|0o(_?[0-7])+|0x(_?[\da-f])+|[1-9](_?\d)*|0(_?0)*)/iy;
var NAME = /[\p{ID_Start}_][\p{ID_Continue}]*/uy;
var STRING = /'([^'\\]*(?:\\.[^'\\]*)*)'|"([^"\\]*(?:\\.[^"\\]*)*)"/sy;
var OPERATOR = /\/\/|\*\*|==|!=|>=|<=|[-+/*%~[\](){}><=.:|,;]/y;
var CLOSING = { "(": ")", "[": "]", "{": "}" };
function tokenize(source) {
  return lexTag(source, 0, null).tokens;
}
function* templateTags(source) {
  const opening = /\{([{%#])[-+]?/g;
  for (let found = opening.exec(source); found; found = opening.exec(source)) {
    const kind = found[1];
    if (kind === "#") {
      const end = source.indexOf("#}", opening.lastIndex);
      if (end === -1) throw new Error("missing end of comment tag");
      opening.lastIndex = end + 2;
      continue;
    }
    if (kind === "%" && /^\{%[-+]?\s*raw\s*[-+]?%\}/.test(source.slice(found.index))) {
      const endRaw = /\{%[-+]?\s*endraw\s*[-+]?%\}/g;
      endRaw.lastIndex = opening.lastIndex;
      if (!endRaw.exec(source)) throw new Error("missing end of raw directive");
      opening.lastIndex = endRaw.lastIndex;
      continue;
    }
    const tag = lexTag(source, opening.lastIndex, kind === "{" ? /[-+]?\}\}/y : /[-+]?%\}/y);
    opening.lastIndex = tag.end;
    yield tag.tokens;
  }
}
function lexTag(source, start, close) {
  const tokens = [];
  const brackets = [];
  let position = start;
  const match = (rule) => {
    rule.lastIndex = position;
    const found = rule.exec(source);
    if (found) position = rule.lastIndex;
    return found ? found[0] : null;
  };
  while (position < source.length) {
    let text;
    if (close && brackets.length === 0 && match(close) !== null) return { tokens, end: position };
    if (match(WHITESPACE) !== null) continue;
    if ((text = match(FLOAT)) !== null)
      tokens.push({ kind: "float", text, value: Number(text.replace(/_/g, "")) });
    else if ((text = match(INTEGER)) !== null)
      tokens.push({ kind: "integer", text, value: BigInt(text.replace(/_/g, "")) });
    else if ((text = match(NAME)) !== null) tokens.push({ kind: "name", text });
    else if ((text = match(STRING)) !== null) {
      const body = text.slice(1, -1).replace(/\r\n?/g, "\n");
      tokens.push({ kind: "string", text, value: decodePythonEscapes(body) });
    } else if ((text = match(OPERATOR)) !== null) {
      if (text in CLOSING) brackets.push(CLOSING[text]);
      else if (text === ")" || text === "]" || text === "}") {
        const expected = brackets.pop();
        if (expected !== text)
          throw new Error(`unexpected '${text}'${expected ? `, expected '${expected}'` : ""}`);
      }
      tokens.push({ kind: "op", text });
    } else throw new Error(`unexpected character ${JSON.stringify(source[position])}`);
  }
  if (close) throw new Error("unexpected end of template");
  return { tokens, end: position };
}

// src/jinja/nodes.ts
var COMPARE_OPERATORS = {
  eq: "==",
  ne: "!=",
  lt: "<",
  lteq: "<=",
  gt: ">",
  gteq: ">=",
  in: "in",
  notin: "not in"
};
var MATH_OPERATORS = [
  { "+": "Add", "-": "Sub" },
  { "*": "Mul", "/": "Div", "//": "FloorDiv", "%": "Mod" },
  { "**": "Pow" }
];

// src/jinja/parser.ts
function parseExpression(source) {
  const parser = new Parser(tokenize(source), 0);
  const node = parser.expression();
  parser.expectEnd();
  return node;
}
function parseCallAt(tokens, index) {
  const name = tokens[index];
  if (name?.kind !== "name") throw new Error("expected a name");
  return new Parser(tokens, index + 1).call({ type: "Name", name: name.text });
}
var SYMBOL_OPERATORS = new Map(
  Object.entries(COMPARE_OPERATORS).filter(([, symbol]) => !/^[a-z ]+$/.test(symbol)).map(([op, symbol]) => [symbol, op])
);
var [ADDITIVE, MULTIPLICATIVE, POWER] = MATH_OPERATORS;
var TEST_ARGUMENT_STARTS = /* @__PURE__ */ new Set(["name", "string", "integer", "float", "(", "[", "{"]);
var Parser = class {
  constructor(tokens, position) {
    this.tokens = tokens;
    this.position = position;
  }
  tokens;
  position;
  expectEnd() {
    const token = this.tokens[this.position];
    if (token) throw new Error(`unexpected ${token.text}`);
  }
  expression() {
    let expr1 = this.or();
    while (this.skipName("if")) {
      const test = this.or();
      const expr2 = this.skipName("else") ? this.expression() : null;
      expr1 = { type: "CondExpr", test, expr1, expr2 };
    }
    return expr1;
  }
  call(node) {
    return { type: "Call", node, ...this.callArguments() };
  }
  or() {
    let left = this.and();
    while (this.skipName("or")) left = { type: "Or", left, right: this.and() };
    return left;
  }
  and() {
    let left = this.not();
    while (this.skipName("and")) left = { type: "And", left, right: this.not() };
    return left;
  }
  not() {
    if (this.skipName("not")) return { type: "Not", node: this.not() };
    return this.compare();
  }
  compare() {
    const expr = this.additive();
    const ops = [];
    for (; ; ) {
      const token = this.peek();
      const symbolOp = token?.kind === "op" ? SYMBOL_OPERATORS.get(token.text) : void 0;
      if (symbolOp) {
        this.position++;
        ops.push({ type: "Operand", op: symbolOp, expr: this.additive() });
      } else if (this.skipName("in")) ops.push({ type: "Operand", op: "in", expr: this.additive() });
      else if (this.isName("not") && this.isName("in", 1)) {
        this.position += 2;
        ops.push({ type: "Operand", op: "notin", expr: this.additive() });
      } else break;
    }
    return ops.length === 0 ? expr : { type: "Compare", expr, ops };
  }
  additive() {
    let left = this.concat();
    for (let op = this.skipOp(ADDITIVE); op; op = this.skipOp(ADDITIVE))
      left = { type: op, left, right: this.concat() };
    return left;
  }
  concat() {
    const nodes = [this.multiplicative()];
    while (this.skipOp({ "~": true })) nodes.push(this.multiplicative());
    return nodes.length === 1 ? nodes[0] : { type: "Concat", nodes };
  }
  multiplicative() {
    let left = this.power();
    for (let op = this.skipOp(MULTIPLICATIVE); op; op = this.skipOp(MULTIPLICATIVE))
      left = { type: op, left, right: this.power() };
    return left;
  }
  power() {
    let left = this.unary();
    while (this.skipOp(POWER)) left = { type: "Pow", left, right: this.unary() };
    return left;
  }
  unary(withFilter = true) {
    let node;
    if (this.skipOp({ "-": true })) node = { type: "Neg", node: this.unary(false) };
    else if (this.skipOp({ "+": true })) node = { type: "Pos", node: this.unary(false) };
    else node = this.primary();
    node = this.postfix(node);
    return withFilter ? this.filters(node) : node;
  }
  primary() {
    const token = this.next();
    switch (token.kind) {
      case "name":
        if (["true", "True", "false", "False"].includes(token.text))
          return { type: "Const", value: token.text.toLowerCase() === "true" };
        if (token.text === "none" || token.text === "None") return { type: "Const", value: null };
        return { type: "Name", name: token.text };
      case "string": {
        let value = token.value;
        for (let next = this.peek(); next?.kind === "string"; next = this.peek()) {
          value += next.value;
          this.position++;
        }
        return { type: "Const", value };
      }
      case "integer":
      case "float":
        return { type: "Const", value: token.value };
    }
    if (token.text === "(") {
      const node = this.parenthesised();
      this.expectOp(")");
      return node;
    }
    if (token.text === "[") return { type: "List", items: this.sequence("]", () => this.expression()) };
    if (token.text === "{") return { type: "Dict", items: this.sequence("}", () => this.pair()) };
    throw new Error(`unexpected ${token.text}`);
  }
  /** `parse_tuple(explicit_parentheses=True)`: one expression, or a tuple when a comma follows. */
  parenthesised() {
    const items = [];
    let isTuple = false;
    for (; ; ) {
      if (items.length > 0) this.expectOp(",");
      if (this.isOp(")")) break;
      items.push(this.expression());
      if (!this.isOp(",")) break;
      isTuple = true;
    }
    return isTuple || items.length === 0 ? { type: "Tuple", items } : items[0];
  }
  pair() {
    const key = this.expression();
    this.expectOp(":");
    return { type: "Pair", key, value: this.expression() };
  }
  sequence(close, item) {
    const items = [];
    while (!this.isOp(close)) {
      if (items.length > 0) {
        this.expectOp(",");
        if (this.isOp(close)) break;
      }
      items.push(item());
    }
    this.expectOp(close);
    return items;
  }
  postfix(node) {
    for (; ; ) {
      if (this.isOp(".") || this.isOp("[")) node = this.subscript(node);
      else if (this.isOp("(")) node = this.call(node);
      else return node;
    }
  }
  filters(node) {
    for (; ; ) {
      if (this.skipOp({ "|": true }))
        node = { type: "Filter", node, ...this.filterName(), ...this.optionalArguments() };
      else if (this.skipName("is")) node = this.test(node);
      else if (this.isOp("(")) node = this.call(node);
      else return node;
    }
  }
  test(node) {
    const negated = this.skipName("not");
    const { name } = this.filterName();
    let test;
    const token = this.peek();
    if (this.isOp("(")) test = { type: "Test", node, name, ...this.callArguments() };
    else if (token && TEST_ARGUMENT_STARTS.has(token.kind === "op" ? token.text : token.kind) && !(token.kind === "name" && ["else", "or", "and"].includes(token.text))) {
      if (this.isName("is")) throw new Error("You cannot chain multiple tests with is");
      const argument = this.postfix(this.primary());
      test = { type: "Test", node, name, ...noArguments(), args: [argument] };
    } else test = { type: "Test", node, name, ...noArguments() };
    return negated ? { type: "Not", node: test } : test;
  }
  filterName() {
    let name = this.expectName();
    while (this.skipOp({ ".": true })) name += `.${this.expectName()}`;
    return { name };
  }
  optionalArguments() {
    return this.isOp("(") ? this.callArguments() : noArguments();
  }
  subscript(node) {
    if (this.skipOp({ ".": true })) {
      const attribute = this.next();
      if (attribute.kind === "name") return { type: "Getattr", node, attr: attribute.text };
      if (attribute.kind === "integer")
        return { type: "Getitem", node, arg: { type: "Const", value: attribute.value } };
      throw new Error("expected name or number");
    }
    this.expectOp("[");
    const args = [];
    while (!this.isOp("]")) {
      if (args.length > 0) this.expectOp(",");
      args.push(this.subscribed());
    }
    this.expectOp("]");
    return { type: "Getitem", node, arg: args.length === 1 ? args[0] : { type: "Tuple", items: args } };
  }
  subscribed() {
    let start = null;
    if (!this.skipOp({ ":": true })) {
      start = this.expression();
      if (!this.skipOp({ ":": true })) return start;
    }
    const stop = this.isOp(":") || this.isOp("]") || this.isOp(",") ? null : this.expression();
    let step = null;
    if (this.skipOp({ ":": true }) && !this.isOp("]") && !this.isOp(",")) step = this.expression();
    return { type: "Slice", start, stop, step };
  }
  /** `parse_call_args`, with its rules on the order of positional, keyword, `*` and `**` arguments. */
  callArguments() {
    this.expectOp("(");
    const result = noArguments();
    const ensure = (valid) => {
      if (!valid) throw new Error("invalid syntax for function call expression");
    };
    let requireComma = false;
    while (!this.isOp(")")) {
      if (requireComma) {
        this.expectOp(",");
        if (this.isOp(")")) break;
      }
      if (this.skipOp({ "*": true })) {
        ensure(result.dynArgs === null && result.dynKwargs === null);
        result.dynArgs = this.expression();
      } else if (this.skipOp({ "**": true })) {
        ensure(result.dynKwargs === null);
        result.dynKwargs = this.expression();
      } else if (this.peek()?.kind === "name" && this.tokens[this.position + 1]?.text === "=") {
        ensure(result.dynKwargs === null);
        const key = this.next().text;
        this.position++;
        const keyword = { type: "Keyword", key, value: this.expression() };
        result.kwargs.push(keyword);
      } else {
        ensure(result.dynArgs === null && result.dynKwargs === null && result.kwargs.length === 0);
        result.args.push(this.expression());
      }
      requireComma = true;
    }
    this.expectOp(")");
    return result;
  }
  peek(offset = 0) {
    return this.tokens[this.position + offset];
  }
  next() {
    const token = this.tokens[this.position++];
    if (!token) throw new Error("unexpected end of expression");
    return token;
  }
  isOp(op) {
    const token = this.peek();
    return token?.kind === "op" && token.text === op;
  }
  /** Consumes an operator token that is a key of `table` and returns the table's value for it. */
  skipOp(table) {
    const token = this.peek();
    if (token?.kind !== "op" || !Object.hasOwn(table, token.text)) return void 0;
    this.position++;
    return table[token.text];
  }
  expectOp(op) {
    if (!this.isOp(op)) throw new Error(`expected ${op}`);
    this.position++;
  }
  isName(name, offset = 0) {
    const token = this.peek(offset);
    return token?.kind === "name" && token.text === name;
  }
  skipName(name) {
    if (!this.isName(name)) return false;
    this.position++;
    return true;
  }
  expectName() {
    const token = this.next();
    if (token.kind !== "name") throw new Error("expected a name");
    return token.text;
  }
};
function noArguments() {
  return { args: [], kwargs: [], dynArgs: null, dynKwargs: null };
}

// src/jinja/repr.ts
var HELPER_TYPES = ["Keyword", "Pair", "Operand"];
var CALL_ARGUMENTS = [
  ["args", "args", "nodes"],
  ["kwargs", "kwargs", "nodes", "Keyword"],
  ["dyn_args", "dynArgs", "node or None"],
  ["dyn_kwargs", "dynKwargs", "node or None"]
];
var UNARY = [["node", "node", "node"]];
var BINARY = [
  ["left", "left", "node"],
  ["right", "right", "node"]
];
var FIELDS = {
  Const: [["value", "value", "constant"]],
  Name: [
    ["name", "name", "str"],
    ["ctx", "", "load"]
  ],
  Call: [["node", "node", "node"], ...CALL_ARGUMENTS],
  Filter: [["node", "node", "node"], ["name", "name", "str"], ...CALL_ARGUMENTS],
  Test: [["node", "node", "node"], ["name", "name", "str"], ...CALL_ARGUMENTS],
  Keyword: [
    ["key", "key", "str"],
    ["value", "value", "node"]
  ],
  List: [["items", "items", "nodes"]],
  Tuple: [
    ["items", "items", "nodes"],
    ["ctx", "", "load"]
  ],
  Dict: [["items", "items", "nodes", "Pair"]],
  Pair: [
    ["key", "key", "node"],
    ["value", "value", "node"]
  ],
  Getattr: [
    ["node", "node", "node"],
    ["attr", "attr", "str"],
    ["ctx", "", "load"]
  ],
  Getitem: [
    ["node", "node", "node"],
    ["arg", "arg", "node"],
    ["ctx", "", "load"]
  ],
  Slice: [
    ["start", "start", "node or None"],
    ["stop", "stop", "node or None"],
    ["step", "step", "node or None"]
  ],
  Concat: [["nodes", "nodes", "nodes"]],
  Compare: [
    ["expr", "expr", "node"],
    ["ops", "ops", "nodes", "Operand"]
  ],
  Operand: [
    ["op", "op", "operator"],
    ["expr", "expr", "node"]
  ],
  Not: UNARY,
  Neg: UNARY,
  Pos: UNARY,
  And: BINARY,
  Or: BINARY,
  Add: BINARY,
  Sub: BINARY,
  Mul: BINARY,
  Div: BINARY,
  FloorDiv: BINARY,
  Mod: BINARY,
  Pow: BINARY,
  CondExpr: [
    ["test", "test", "node"],
    ["expr1", "expr1", "node"],
    ["expr2", "expr2", "node or None"]
  ]
};
function toRepr(node) {
  const values = node;
  const fields = FIELDS[node.type].map(([python, key, kind]) => `${python}=${fieldRepr(values[key], kind)}`);
  return `${node.type}(${fields.join(", ")})`;
}
function fieldRepr(value, kind) {
  switch (kind) {
    case "load":
      return "'load'";
    case "nodes":
      return `[${value.map(toRepr).join(", ")}]`;
    case "node":
    case "node or None":
      return value === null ? "None" : toRepr(value);
    default:
      return pythonRepr(value);
  }
}
function parseRepr(repr) {
  const reader = new PythonLiteralReader(repr);
  const value = reader.value();
  reader.expectEnd();
  return toNode(value, "any");
}
function toNode(value, expected) {
  if (value.kind !== "node" || !Object.hasOwn(FIELDS, value.type)) throw new Error("expected a jinja2 node");
  const type = value.type;
  const allowed = expected === "any" || (expected === "expression" ? !HELPER_TYPES.includes(type) : type === expected);
  if (!allowed)
    throw new Error(
      `${type} cannot stand where ${expected === "expression" ? "an expression" : expected} does`
    );
  const fields = FIELDS[type];
  if (fields.length !== value.fields.length) throw new Error(`${type} takes ${fields.length} fields`);
  const node = { type };
  fields.forEach(([python, key, kind, items], index) => {
    const [name, field] = value.fields[index];
    if (name !== python) throw new Error(`expected ${type}.${python}, got ${name}`);
    const read = fieldValue(field, kind, items ?? "expression");
    if (key) node[key] = read;
  });
  return node;
}
function fieldValue(value, kind, items) {
  const constant2 = value.kind === "constant" ? value.value : void 0;
  switch (kind) {
    case "node":
      return toNode(value, "expression");
    case "node or None":
      return constant2 === null ? null : toNode(value, "expression");
    case "nodes":
      if (value.kind !== "list") throw new Error("expected a list");
      return value.items.map((item) => toNode(item, items));
    case "constant":
      if (value.kind !== "constant") throw new Error("expected a constant");
      return constant2;
    case "load":
      if (constant2 !== "load") throw new Error("expected ctx='load'");
      return void 0;
    case "operator":
      if (typeof constant2 !== "string" || !Object.hasOwn(COMPARE_OPERATORS, constant2))
        throw new Error("expected a comparison operator");
      return constant2;
    case "str":
      if (typeof constant2 !== "string") throw new Error("expected a string");
      return constant2;
  }
}
var PythonLiteralReader = class {
  constructor(input) {
    this.input = input;
  }
  input;
  position = 0;
  value() {
    this.skipSpaces();
    const string2 = this.match(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/sy);
    if (string2 !== null) return { kind: "constant", value: decodePythonEscapes(string2.slice(1, -1)) };
    if (this.skip("[")) return { kind: "list", items: this.items("]", () => this.value()) };
    const call = this.match(/[A-Za-z_][A-Za-z0-9_]*\(/y);
    if (call !== null) {
      const fields = this.items(")", () => {
        const name = this.match(/[A-Za-z_][A-Za-z0-9_]*=/y);
        if (name === null) throw new Error(`expected a field at ${this.position}`);
        return [name.slice(0, -1), this.value()];
      });
      return { kind: "node", type: call.slice(0, -1), fields };
    }
    const word = this.match(/True|False|None/y);
    if (word !== null) return { kind: "constant", value: word === "None" ? null : word === "True" };
    const float = this.match(/-?(\d+\.\d*(e[+-]?\d+)?|\d+e[+-]?\d+|inf|nan)/y);
    if (float !== null)
      return { kind: "constant", value: Number(float.replace("inf", "Infinity").replace("nan", "NaN")) };
    const integer = this.match(/-?\d+/y);
    if (integer !== null) return { kind: "constant", value: BigInt(integer) };
    throw new Error(`unexpected input at ${this.position}`);
  }
  expectEnd() {
    this.skipSpaces();
    if (this.position !== this.input.length) throw new Error(`trailing input at ${this.position}`);
  }
  items(close, item) {
    const items = [];
    this.skipSpaces();
    while (!this.skip(close)) {
      if (items.length > 0 && !this.skip(",")) throw new Error(`expected , or ${close} at ${this.position}`);
      this.skipSpaces();
      items.push(item());
      this.skipSpaces();
    }
    return items;
  }
  match(pattern) {
    pattern.lastIndex = this.position;
    const found = pattern.exec(this.input);
    if (found) this.position = pattern.lastIndex;
    return found ? found[0] : null;
  }
  skip(text) {
    if (!this.input.startsWith(text, this.position)) return false;
    this.position += text.length;
    return true;
  }
  skipSpaces() {
    while (this.input[this.position] === " ") this.position++;
  }
};

// src/jinja/source.ts
function toSource(node) {
  switch (node.type) {
    case "Const":
      return pythonRepr(node.value);
    case "Name":
      return node.name;
    case "Call":
      return callSource(node);
    case "List":
      return `[${node.items.map(toSource).join(", ")}]`;
    case "Tuple": {
      const items = node.items.map(toSource);
      return items.length === 1 ? `(${items[0]},)` : `(${items.join(", ")})`;
    }
    case "Dict":
      return `{${node.items.map((pair) => `${toSource(pair.key)}: ${toSource(pair.value)}`).join(", ")}}`;
    case "Getattr":
      return `${toSource(node.node)}.${node.attr}`;
    case "Getitem":
      return `${toSource(node.node)}[${toSource(node.arg)}]`;
    case "Concat":
      return node.nodes.map(toSource).join(" ~ ");
    case "Compare":
      return [
        toSource(node.expr),
        ...node.ops.map((op) => `${COMPARE_OPERATORS[op.op]} ${toSource(op.expr)}`)
      ].join(" ");
    case "Not":
      return `not ${toSource(node.node)}`;
    case "Neg":
      return `-${toSource(node.node)}`;
    case "And":
      return `${toSource(node.left)} and ${toSource(node.right)}`;
    case "Or":
      return `${toSource(node.left)} or ${toSource(node.right)}`;
    default:
      return toRepr(node);
  }
}
function callSource(call) {
  const parts = [...call.args.map(toSource), ...call.kwargs.map((kw) => `${kw.key}=${toSource(kw.value)}`)];
  if (call.dynArgs) parts.push(`*${toSource(call.dynArgs)}`);
  if (call.dynKwargs) parts.push(`**${toSource(call.dynKwargs)}`);
  return `${toSource(call.node)}(${parts.join(", ")})`;
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
  for (const [key, value] of Object.entries(config)) {
    if (typeof value !== "string" || !value.startsWith("Keyword(")) continue;
    const rebuilt = rebuildKeyword(value);
    if (rebuilt === null || rebuilt === value) continue;
    result ??= { ...config };
    result[key] = rebuilt;
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

// src/state/resource-comparators.ts
function compareContents(current, state, context) {
  switch (current.resourceType) {
    case "source":
      return { reasons: compareSource(current, state, context), warnings: [] };
    case "exposure":
      return { reasons: compareExposure(current, state, context), warnings: [] };
    case "metric":
      return { reasons: compareMetric(current, state, context), warnings: [] };
    case "semantic_model":
      return { reasons: compareSemanticModel(current, state), warnings: [] };
    case "saved_query":
      return { reasons: compareSavedQuery(current, state), warnings: [] };
    case "unit_test":
      return { reasons: compareUnitTest(current, state), warnings: [] };
    default:
      return compareParsedNode(current, state, context);
  }
}
function compareParsedNode(current, state, context) {
  const reasons = [];
  const warnings = [];
  const isGenericTest = current.resourceType === "test" && current.testMetadata !== null;
  const [currentConfig, stateConfig] = comparableUnrenderedConfigs(current, state, context.settings);
  if (current.resourceType === "model") {
    const contract2 = contractDifference(current, state, context.adapterType, context.settings.dbtVersion);
    if (contract2) reasons.push(contractReason(current, contract2.breaking));
  }
  if (current.resourceType === "seed") {
    const seed = compareSeedHashes(current, state);
    if (seed.warning) warnings.push(seed.warning);
    if (!seed.same) {
      reasons.push({
        code: "seed_checksum_changed",
        check: "body",
        message: `seed file checksum changed (${state.checksum.name} ${state.checksum.checksum} \u2192 ${current.checksum.name} ${current.checksum.checksum})`,
        oldHash: state.checksum,
        newHash: current.checksum,
        ...seed.warning ? { warning: seed.warning } : {}
      });
    }
  } else if (current.rawCode !== state.rawCode) {
    reasons.push(
      isGenericTest ? {
        code: "generic_test_body_changed",
        check: "body",
        message: "the generic test call changed (counts for state:modified.body only, not state:modified)"
      } : { code: "body_changed", check: "body", message: "the SQL/Python code changed" }
    );
  }
  const configChanges = unrenderedConfigChanges(
    current.resourceType,
    currentConfig,
    stateConfig,
    context.settings.dbtVersion
  );
  if (configChanges.length > 0) reasons.push(configReason(configChanges));
  if (current.resourceType !== "test") {
    const descriptions = persistedDescriptionDifference(current, state);
    if (descriptions) {
      const parts = [
        ...descriptions.relation ? ["the description"] : [],
        ...descriptions.columns.length > 0 ? [`descriptions of columns ${descriptions.columns.join(", ")}`] : []
      ];
      reasons.push({
        code: "description_changed",
        check: "persisted_descriptions",
        message: `persisted ${parts.join(" and ")} changed`,
        relation: descriptions.relation,
        columns: descriptions.columns
      });
    }
  }
  if (!sameFqn(current, state)) reasons.push(fqnReason(current, state));
  const relation = relationChanges(
    { ...current, unrenderedConfig: currentConfig },
    { ...state, unrenderedConfig: stateConfig },
    context.settings.unrenderedValues
  );
  if (relation.length > 0) {
    reasons.push(
      isGenericTest ? {
        code: "generic_test_relation_changed",
        check: "relation",
        message: `configured relation of the test changed (counts for state:modified.relation only): ${describeChanges(relation)}`,
        changes: relation
      } : relationReason(relation)
    );
  }
  if (current.resourceType === "model") {
    const changes = [
      ...fieldChanges(
        ["latest_version"],
        { latest_version: current.latestVersion },
        { latest_version: state.latestVersion }
      ),
      ...fieldChanges(["access"], { access: current.access }, { access: state.access }),
      ...sameInstant(current.deprecationDate, state.deprecationDate) ? [] : [{ key: "deprecation_date", old: state.deprecationDate, new: current.deprecationDate }]
    ];
    if (changes.length > 0) {
      reasons.push({
        code: "ref_representation_changed",
        check: "ref_representation",
        message: `how other models ref it changed: ${describeChanges(changes)}`,
        changes
      });
    }
  }
  if (current.resourceType === "function") {
    const changes = [
      ...fieldChanges(["arguments", "returns"], current.extra, state.extra),
      ...pyEq(overloadKeys(current), overloadKeys(state)) ? [] : [{ key: "overloads", old: state.extra.overloads ?? null, new: current.extra.overloads ?? null }]
    ];
    if (changes.length > 0) reasons.push(fieldReason("function signature changed", changes));
  }
  return { reasons, warnings };
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
    const o = overload !== null && typeof overload === "object" && !Array.isArray(overload) ? overload : {};
    return {
      defined_in: o.defined_in ?? null,
      arguments: o.arguments ?? null,
      returns: o.returns ?? null,
      raw_body: o.raw_body ?? null
    };
  });
}
function compareSource(current, state, context) {
  const reasons = [];
  const relation = relationChanges(current, state, context.settings.unrenderedValues);
  if (relation.length > 0) reasons.push(relationReason(relation));
  if (!sameFqn(current, state)) reasons.push(fqnReason(current, state));
  const config = unrenderedConfigChanges(
    "source",
    current.unrenderedConfig,
    state.unrenderedConfig,
    context.settings.dbtVersion
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
function compareExposure(current, state, context) {
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
    context.settings.dbtVersion
  );
  if (config.length > 0) reasons.push(configReason(config));
  return reasons;
}
function compareMetric(current, state, context) {
  const reasons = [];
  const other = [
    ...fieldChanges(["type"], current.extra, state.extra),
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
    context.settings.dbtVersion
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
    return value !== null && typeof value === "object" && !Array.isArray(value) ? value : {};
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
  const asObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value) ? value : {};
  return currentExports.every((exported, index) => {
    const a = asObject(exported);
    const b = asObject(stateExports[index]);
    if (!pyEq(a.name ?? null, b.name ?? null)) return false;
    const ua = asObject(a.unrendered_config);
    const ub = asObject(b.unrendered_config);
    return ["export_as", "schema", "alias"].every((key) => pyEq(ua[key] ?? null, ub[key] ?? null));
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
  const defaults2 = RENDERED_CONFIG_DEFAULTS[current.resourceType] ?? {};
  const currentConfig = { ...defaults2, ...current.config };
  const stateConfig = { ...defaults2, ...state.config };
  const keys = [.../* @__PURE__ */ new Set([...Object.keys(currentConfig), ...Object.keys(stateConfig)])];
  return fieldChanges(keys, currentConfig, stateConfig);
}
function compareUnitTest(current, state) {
  const changes = fieldChanges(["checksum"], current.extra, state.extra);
  return changes.length > 0 ? [fieldReason("unit test definition or fixture rows changed", changes)] : [];
}
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
function compareManifests(current, state, options) {
  const settings = resolveCompareSettings(current, state, options);
  const modifiedMacros = findModifiedMacros(current, state);
  const closure = new MacroClosure(current, modifiedMacros);
  const context = { settings, adapterType: current.metadata.adapterType };
  const nodes = /* @__PURE__ */ new Map();
  const warnings = [];
  for (const node of current.nodes.values()) {
    const old = state.nodes.get(node.uniqueId);
    const reasons = [];
    let differentContents;
    if (old) {
      const contents = compareContents(node, old, context);
      reasons.push(...contents.reasons);
      warnings.push(...contents.warnings.map((message) => ({ uniqueId: node.uniqueId, message })));
      differentContents = contents.reasons.some((reason) => !SUB_SELECTOR_ONLY_CODES.has(reason.code));
    } else {
      reasons.push({
        code: "new",
        check: "other",
        message: "not in the state manifest (new, or enabled since)"
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
    if (current.nodes.has(old.uniqueId)) continue;
    const removed = removedComparison(old, current.disabled.get(old.uniqueId), context);
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
function removedComparison(old, disabledNow, context) {
  const reasons = [
    {
      code: "removed",
      check: "other",
      message: disabledNow ? "disabled in the current project" : "no longer in the current project (deleted or renamed)"
    }
  ];
  if (old.resourceType === "model" && old.section === "nodes" && isAtLeast(context.settings.dbtVersion, 1, 9)) {
    const subject = disabledNow ?? old;
    const breaking = removedContractChange(subject, disabledNow !== void 0, context.settings.now);
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
  const path10 = chain.length > 1 ? ` (via ${chain.join(" \u2192 ")})` : "";
  return {
    code: "macro_changed",
    check: "macros",
    message: `depends on macro ${modified}, which was ${change}${path10}`,
    chain,
    macroChange: change
  };
}

// src/defer/dbt-args.ts
function selectionArgs(selection) {
  const args = selection.selector ? ["--selector", selection.selector] : ["--select", ...selection.select];
  if (selection.exclude.length > 0) args.push("--exclude", ...selection.exclude);
  args.push("--indirect-selection", selection.indirectSelection);
  return args;
}
function deferArgs(stateDir, favorState) {
  return ["--defer", "--state", stateDir, ...favorState ? ["--favor-state"] : []];
}
var INCREMENTAL_CLONE_SELECTOR = "state:modified+,config.materialized:incremental,state:old";

// src/defer/deferrals.ts
function deferralsOf(run, state, built) {
  if (!state) return [];
  const refs = [];
  for (const id of [...built].sort()) {
    const node = run.nodes.get(id);
    if (!node?.compiledCode || node.resourceType === "unit_test") continue;
    for (const upstreamId of node.dependsOnNodes) {
      const upstream = run.nodes.get(upstreamId);
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
    const state = await flow.step("resolve production state", () => env.resolveState());
    flow.report.state = state.provenance;
    const pr = await flow.step("name the PR schema", () => prEnvironmentOf(env));
    const current = await flow.step(
      "parse",
      () => env.log.group("Parse the pull request\u2019s project", () => parseProject(env, pr.dbtEnv))
    );
    const build = { state, current, schema: pr.schema, dbtEnv: pr.dbtEnv };
    await flow.step("check the PR schemas", async () => {
      assertPrNamesFit(current, pr.schema, settingMention("schema-prefix", env.settings.front));
      assertBuildsOutsideProduction(current, await productionNaming(env, state.manifest), pr.schema);
    });
    const { selected, planned } = await flow.step("plan", () => plan(flow, build));
    await flow.step("check where the PR builds", () => assertBuildsInPrSchemas(current, planned, pr.schema));
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
  });
}
function plan(flow, { state, current }) {
  const { settings, log } = flow.env;
  const production = state.manifest;
  const selection = settings.selection;
  const comparison = production ? compareManifests(current, production) : null;
  for (const warning of comparison?.warnings ?? []) log.warning(`${warning.uniqueId}: ${warning.message}`);
  const selected = production ? selectNodes({
    current,
    state: production,
    comparison,
    select: selection.select,
    exclude: selection.exclude,
    indirectSelection: selection.indirectSelection
  }).selected : [...current.nodes.keys()].sort();
  const selector = production ? [...selection.select, ...selection.exclude.map((e) => `--exclude ${e}`)].join(" ") : "everything (no production state)";
  const summary = summarizePlan(current, production, comparison, selector, selected);
  const mergePreview = { ...summary.mergePreview, deletedRelations: settings.deploy.deletedRelations };
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
  return { selected, planned: executableNodes(current, selected, commands) };
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
async function runBuild(flow, { state, dbtEnv }) {
  const { env, report } = flow;
  const { settings } = env;
  const executed = /* @__PURE__ */ new Set();
  for (const command of report.status === "failure" ? [] : settings.dbt.commands) {
    const args = [
      ...command,
      ...state.manifest ? selectionArgs(settings.selection) : [],
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
  const runManifest = await loadManifest(path5.join(targetFolder(flow.env.workDir, dbtEnv), "manifest.json"), {
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

// src/deploy/deploy-record.ts
function deployDetails(details) {
  return {
    kind: details.kind,
    warehouse: details.warehouse,
    targets: details.targets
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
    const valid = (t.level === "schema" || t.level === "database") && ["production", "green", "previous"].every((key) => typeof t[key] === "string") && (t.database === null || typeof t.database === "string");
    if (!valid)
      throw new UserError(
        `state.json of ${where}: swap target ${index} is malformed; publish state with a new deploy.`
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

// src/deploy/flow.ts
var schemaOf = (target, side) => ({
  level: target.level,
  database: target.database,
  name: target[side]
});
async function runDeploy(env) {
  const report = newReport("deploy", env);
  const { settings, log } = env;
  const warehouse = await env.connectWarehouse();
  try {
    const lock = await log.group(
      "Take the deploy lock",
      () => warehouse.acquireDeployLock("deploy", settings.deploy.lockTimeoutSeconds * 1e3)
    );
    try {
      await deploy(env, warehouse, report);
    } finally {
      await lock.release();
    }
  } catch (error) {
    failReport(report, "deploy", error instanceof Error ? error.message : String(error));
  } finally {
    await warehouse.close();
  }
  return finishReport(report, env.now());
}
async function deploy(env, warehouse, report) {
  const { settings, log } = env;
  const state = await env.resolveState();
  report.state = state.provenance;
  const production = state.manifest;
  const productionSchema = await env.productionSchema();
  const current = await log.group(
    "Parse the project with production naming",
    () => parseProject(env, { DBT_SLIM_CI_MODE: "deploy" })
  );
  const { targets, greenEnv } = await log.group(
    "Parse the project with green naming",
    () => swapTargets(env, warehouse, current, productionSchema)
  );
  log.info(
    `Swap plan: ${targets.map((t) => `${t.production} \u21C4 ${t.green} (previous kept as ${t.previous})`).join(", ")}`
  );
  const full = !production || settings.deploy.selection === "full";
  const comparison = production && !full ? compareManifests(current, production) : null;
  const selected = comparison ? selectNodes({
    current,
    state: production,
    comparison,
    select: settings.selection.select,
    exclude: settings.selection.exclude,
    indirectSelection: settings.selection.indirectSelection
  }).selected : [...current.nodes.keys()].sort();
  const summary = summarizePlan(
    current,
    production,
    comparison,
    full ? "everything" : settings.selection.select.join(" "),
    selected
  );
  Object.assign(report, { plan: summary.plan, nodes: summary.nodes });
  report.deploy = { swaps: [], swapped: false, preflight: [], rollbackInstructions: null };
  const deleted = production ? relationsOf(production).filter((r) => !current.nodes.has(r.uniqueId)) : [];
  const extraSelect = await log.group(
    "Clone production into green",
    () => cloneIntoGreen(env, warehouse, report, current, targets, new Set(selected), deleted)
  );
  const buildArgs = full ? ["build", ...settings.dbt.args] : [
    "build",
    "--select",
    ...settings.selection.select,
    ...extraSelect,
    ...settings.selection.exclude.length ? ["--exclude", ...settings.selection.exclude] : [],
    "--indirect-selection",
    settings.selection.indirectSelection,
    "--state",
    state.dir,
    ...settings.dbt.args
  ];
  await markGreen(env, warehouse, targets);
  if (settings.dryRun) return dryRun(env, warehouse, report, targets, buildArgs);
  const results = await runRecorded(env, report, buildArgs, greenEnv, {
    phase: "dbt build",
    message: "dbt build in green failed; production was not touched"
  });
  if (report.status === "failure") return abandonGreen(env, warehouse, targets, report);
  const findings = await warehouse.preflight(targets);
  report.deploy.preflight.push(
    ...findings.map((f) => ({ level: f.severity, message: `${f.detail} Fix: ${f.fix}`, relation: f.object }))
  );
  const blocking = findings.filter((f) => f.severity === "error");
  if (blocking.length > 0 && settings.deploy.preflight === "fail") {
    failReport(
      report,
      "preflight",
      `Preflight found ${blocking.length} problem(s) that the swap would cause:
${blocking.map((f) => `${f.object}: ${f.detail}`).join("\n")}`,
      "Fix them, or set `preflight: warn` to swap anyway."
    );
    return abandonGreen(env, warehouse, targets, report);
  }
  for (const finding of findings) log.warning(`${finding.object}: ${finding.detail} Fix: ${finding.fix}`);
  const existing = await copyProductionGrants(warehouse, targets);
  await log.group("Swap green and production", () => warehouse.swap(targets));
  report.deploy.swapped = true;
  report.deploy.swaps = targets.map((t) => ({
    production: t.production,
    green: t.green,
    previousKeptAs: settings.deploy.keepPrevious && existing.has(t.production) ? t.previous : null
  }));
  report.deploy.rollbackInstructions = settings.deploy.keepPrevious ? "Run the deploy workflow with `mode: rollback` (or `dbt-slim-ci rollback`) to swap the previous production back in." : null;
  if (!settings.deploy.keepPrevious) {
    for (const target of targets.filter((t) => existing.has(t.production))) {
      await warehouse.drop({ level: target.level, database: target.database, name: target.previous });
    }
  }
  const location = await publishState(
    env,
    current,
    production?.path ?? null,
    results,
    targets,
    warehouse.kind
  );
  log.info(`Published the new production state to ${location}.`);
}
async function copyProductionGrants(warehouse, targets) {
  const existing = /* @__PURE__ */ new Set();
  for (const target of targets) {
    if (!await warehouse.containerExists(schemaOf(target, "production"))) continue;
    existing.add(target.production);
    await warehouse.copyGrants(schemaOf(target, "production"), schemaOf(target, "green"));
  }
  return existing;
}
async function dryRun(env, warehouse, report, targets, buildArgs) {
  await copyProductionGrants(warehouse, targets);
  await warehouse.swap(targets);
  const statements = warehouse.statements.filter((s) => s.skipped).map((s) => `${s.sql};`);
  env.log.info(
    `Dry run: dbt would run \`dbt ${buildArgs.join(" ")}\` in green, and the warehouse would run:
${statements.join("\n")}`
  );
  report.statusReason = `Dry run: nothing was built, cloned or swapped; ${statements.length} statements printed.`;
}
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
async function cloneIntoGreen(env, warehouse, report, current, targets, selected, deleted) {
  const drop = env.settings.deploy.deletedRelations === "drop";
  const key = (schema, name) => `${schema}.${name}`.toLowerCase();
  const owners = new Map(relationsOf(current).map((r) => [key(r.schema, r.alias), r.uniqueId]));
  const rebuilt = new Set(
    [...selected].flatMap((id) => {
      const node = current.nodes.get(id);
      const relation = node ? relationOf(node) : null;
      return relation ? [key(relation.schema, relation.alias)] : [];
    })
  );
  const dropped = new Set(drop ? deleted.map((r) => key(r.schema, r.alias)) : []);
  const inProduction = /* @__PURE__ */ new Set();
  for (const target of targets) {
    const productionContainer = schemaOf(target, "production");
    if (!await warehouse.containerExists(productionContainer)) continue;
    const relations = await warehouse.listRelations(productionContainer);
    relations.forEach((r) => inProduction.add(key(r.schema, r.name)));
    const copy = warehouse.capabilities.zeroCopyClone ? void 0 : relations.filter(
      (r) => r.kind === "table" && !rebuilt.has(key(r.schema, r.name)) && !dropped.has(key(r.schema, r.name))
    ).map((r) => r.name);
    const result = await warehouse.clone(
      productionContainer,
      schemaOf(target, "green"),
      copy ? { relations: copy } : {}
    );
    const place = (container, relation) => [container, ...target.level === "database" ? [relation.schema] : [], relation.name].join(".");
    for (const relation of result.cloned) {
      const productionSchema = target.level === "database" ? relation.schema : target.production;
      report.clones.push({
        uniqueId: owners.get(key(productionSchema, relation.name)) ?? relation.name,
        purpose: "green",
        from: place(target.production, relation),
        to: place(target.green, relation),
        method: result.method
      });
    }
  }
  const extra = /* @__PURE__ */ new Set();
  for (const node of current.nodes.values()) {
    const relation = relationOf(node);
    if (!relation || selected.has(node.uniqueId)) continue;
    const rebuildView = !warehouse.capabilities.zeroCopyClone && relation.materialized !== "table" && relation.materialized !== "incremental" && relation.resourceType === "model";
    if (!inProduction.has(key(relation.schema, relation.alias)) || rebuildView) extra.add(node.name);
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
async function publishState(env, current, previousManifestPath, results, targets, warehouse) {
  return env.publishState({
    manifestPath: current.path,
    runResultsPath: results?.file ?? null,
    previousManifestPath,
    record: {
      commitSha: env.run.commitSha,
      runId: env.run.runId,
      runUrl: env.run.runUrl,
      producedAt: env.now().toISOString(),
      dbtVersion: current.metadata.dbtVersion,
      schemas: targets.map((target) => target.production),
      details: deployDetails({ kind: "deploy", warehouse, targets })
    }
  });
}

// src/deploy/rollback.ts
async function runRollback(env) {
  const report = newReport("rollback", env);
  const warehouse = await env.connectWarehouse();
  try {
    const lock = await warehouse.acquireDeployLock("deploy", env.settings.deploy.lockTimeoutSeconds * 1e3);
    try {
      const state = await env.resolveState();
      report.state = state.provenance;
      const targets = recordedTargets(state.record, state.provenance.location ?? "no state found");
      if (!state.manifest || !state.previousManifestPath) {
        throw new UserError(
          "Nothing to roll back to: the production state holds no previous manifest, so the deploy that published it had no previous production."
        );
      }
      const record = await warehouse.rollback(targets);
      report.deploy = {
        swapped: true,
        swaps: record.targets.map((t) => ({
          production: t.production,
          green: t.previous,
          previousKeptAs: t.previous
        })),
        preflight: [],
        rollbackInstructions: "Run rollback again to swap forward to the deploy that was rolled back."
      };
      const location = await env.publishState({
        manifestPath: state.previousManifestPath,
        runResultsPath: null,
        previousManifestPath: state.manifest.path,
        record: {
          commitSha: env.run.commitSha,
          runId: env.run.runId,
          runUrl: env.run.runUrl,
          producedAt: env.now().toISOString(),
          dbtVersion: state.manifest.metadata.dbtVersion,
          schemas: targets.map((t) => t.production),
          details: deployDetails({ kind: "rollback", warehouse: warehouse.kind, targets })
        }
      });
      env.log.info(
        `Rolled back ${targets.map((t) => t.production).join(", ")}; republished the matching state to ${location}.`
      );
    } finally {
      await lock.release();
    }
  } catch (error) {
    failReport(report, "rollback", error instanceof Error ? error.message : String(error));
  } finally {
    await warehouse.close();
  }
  return finishReport(report, env.now());
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
  const longestRun = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const padded = /^[`\s]|[`\s]$/.test(oneLine) ? ` ${oneLine} ` : oneLine;
  return `${fence}${inTable ? padded.replace(/\|/g, "\\|") : padded}${fence}`;
}
function escapeProse(text) {
  return text.replace(/\s*\r?\n\s*/g, " ").split(/(`[^`]+`)/).map((piece, index) => index % 2 === 1 ? code(piece.slice(1, -1)) : escapeMarkdown(piece)).join("");
}
function codeBlock(text, language = "", indent = "") {
  const longestRun = Math.max(0, ...(text.match(/`{3,}/g) ?? []).map((run) => run.length));
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
function formatCount(count) {
  return count.toLocaleString("en-US");
}
function plural(count, singular, pluralForm = `${singular}s`) {
  return `${formatCount(count)} ${count === 1 ? singular : pluralForm}`;
}
function formatDuration(seconds) {
  if (seconds < 1) return `${Math.round(seconds * 1e3)} ms`;
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const total = Math.round(seconds);
  const pad = (n) => String(n).padStart(2, "0");
  if (total < 3600) return `${Math.floor(total / 60)}m ${pad(total % 60)}s`;
  return `${Math.floor(total / 3600)}h ${pad(Math.floor(total % 3600 / 60))}m`;
}
function formatAge(seconds) {
  if (seconds < 3600) return plural(Math.max(0, Math.floor(seconds / 60)), "minute");
  if (seconds < 2 * 86400) return plural(Math.floor(seconds / 3600), "hour");
  return plural(Math.floor(seconds / 86400), "day");
}
function formatTimestamp(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
function shortSha(sha) {
  return sha.slice(0, 7);
}

// src/report/wording.ts
var plainInline = { code: (text) => text, text: (text) => text };
var VALUE_MAX = 80;
function formatValue(value, inline) {
  if (value === void 0) return "(unset)";
  return inline.code(clip(typeof value === "string" ? value : JSON.stringify(value), VALUE_MAX));
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
      const details = reason.breaking.map((change) => inline.text(change.detail)).join("; ");
      const fatal = reason.fatal ? " \u2014 dbt refuses to build it: versioned models need a new version" : "";
      return `breaking contract change: ${details}${fatal}`;
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
  cleanup: "PR schema cleanup"
};
var DRY_RUN_PROMISE = "Nothing was changed: no dbt build, no warehouse statement, no state published, no comment posted.";
function statusWord(report) {
  if (report.dryRun) {
    if (report.status === "success") return "dry run finished";
    return report.status === "failure" ? "dry run failed" : "dry run skipped";
  }
  if (report.status === "success") return report.mode === "defer" ? "passed" : "succeeded";
  return report.status === "failure" ? "failed" : "skipped";
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
    case "reused":
      return "reused";
  }
}
var OUTCOME_EMOJI = {
  failed: "\u274C",
  warned: "\u26A0\uFE0F",
  passed: "\u2705",
  skipped: "\u23ED\uFE0F",
  reused: "\u267B\uFE0F"
};
var OUTCOME_ORDER = ["failed", "warned", "skipped", "passed", "reused"];
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
function resourceTypePlural(type) {
  return RESOURCE_TYPE_PLURALS[type];
}

// src/report/markdown-context.ts
var NAME_MAX = 120;
function markdownContext(report, measure, fullReportUrl) {
  const pointer = fullReportUrl ? ` \u2014 ${link("see the full report", fullReportUrl)}` : " (left out for size)";
  return {
    report,
    measure,
    name: (uniqueId, inTable = false) => code(clip(report.nodes[uniqueId]?.name ?? uniqueId, NAME_MAX), inTable),
    more: (count, singular, pluralForm) => `\u2026 and ${plural(count, `more ${singular}`, `more ${pluralForm ?? `${singular}s`}`)}${pointer}`,
    inline: { code: (text) => code(text), text: (text) => escapeProse(text) }
  };
}
function nodeDetails(context, uniqueId) {
  const display = context.report.nodes[uniqueId];
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
  ).filter(([, group]) => group.length > 0);
}
function nodeLine(context, uniqueId) {
  const details = nodeDetails(context, uniqueId);
  return `- ${context.name(uniqueId)}${details ? ` (${details})` : ""}`;
}
function modifiedItem(context, change) {
  const reasons = change.reasons.map(
    (reason) => `  - ${clip(describeReason(reason, context.inline), REASON_MAX)}`
  );
  return [nodeLine(context, change.uniqueId), ...reasons].join("\n");
}
function listPart(context, weight, title, heading, items, singular, pluralForm) {
  return {
    title,
    weight,
    render: (budget) => fitList(
      { head: [heading, ""], items, more: (n) => context.more(n, singular, pluralForm), tail: [] },
      budget,
      context.measure
    )
  };
}
function downstreamPart(context) {
  const downstream = context.report.plan?.downstream ?? [];
  if (downstream.length === 0) return null;
  const items = downstream.map(
    (node) => `- ${context.name(node.uniqueId)} \u2190 ${node.becauseOf.map((parent) => context.name(parent)).join(", ")}`
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
        more: (n) => context.more(n, "downstream node"),
        tail: ["", "</details>"]
      },
      budget,
      context.measure
    )
  };
}
function changesPart(context) {
  const plan2 = context.report.plan;
  if (!plan2) return null;
  const count = (status) => plan2.changes.filter((change) => change.status === status);
  const modified = count("modified");
  const added = count("new");
  const removed = count("removed");
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
    return fixedPart("changes", 30, head, context.measure);
  }
  const children = [
    ...byResourceType(modified).map(
      ([type, group]) => listPart(
        context,
        3,
        `modified ${resourceTypePlural(type)}`,
        `**Modified ${resourceTypePlural(type)} (${formatCount(group.length)})**`,
        group.map((change) => modifiedItem(context, change)),
        `modified ${resourceTypeWord(type)}`,
        `modified ${resourceTypePlural(type)}`
      )
    ),
    ...added.length ? [
      listPart(
        context,
        2,
        "new nodes",
        `**New (${formatCount(added.length)})**`,
        added.map((change) => nodeLine(context, change.uniqueId)),
        "new node"
      )
    ] : [],
    ...removed.length ? [
      listPart(
        context,
        2,
        "removed nodes",
        `**Removed (${formatCount(removed.length)})**`,
        removed.map((change) => nodeLine(context, change.uniqueId)),
        "removed node"
      )
    ] : [],
    ...[downstreamPart(context)].filter((part) => part !== null)
  ];
  return composite("changes", 30, head, children, context.measure);
}

// src/report/sections/cleanup.ts
function cleanupPart(context) {
  const { cleanup } = context.report;
  if (!cleanup) return null;
  const head = `#### Cleanup

${context.report.dryRun ? "Would drop" : "Dropped"} ${plural(cleanup.droppedSchemas.length, "schema")}.`;
  const dropped = {
    title: "dropped schemas",
    weight: 1,
    render: (budget) => fitList(
      {
        head: [],
        items: cleanup.droppedSchemas.map((schema) => `- ${code(clip(schema, NAME_MAX))}`),
        more: (n) => context.more(n, "schema"),
        tail: []
      },
      budget,
      context.measure
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
        more: (n) => context.more(n, "schema"),
        tail: []
      },
      budget,
      context.measure
    )
  };
  return composite(
    "cleanup",
    10,
    head,
    [...cleanup.droppedSchemas.length ? [dropped] : [], ...cleanup.keptSchemas.length ? [kept] : []],
    context.measure
  );
}

// src/report/sections/clones.ts
var METHOD_WORDS = { "zero-copy": "zero-copy clone", copy: "copy", view: "pointer view" };
function clonesPart(context) {
  const clones = context.report.clones;
  if (clones.length === 0) return null;
  const pointerViews = clones.filter(
    (clone) => clone.purpose === "incremental" && clone.method === "view"
  ).length;
  const items = clones.map(
    (clone) => `| ${context.name(clone.uniqueId, true)} | ${clone.purpose === "green" ? "green schema" : "incremental"} | ${code(clip(clone.from, NAME_MAX), true)} | ${code(clip(clone.to, NAME_MAX), true)} | ${METHOD_WORDS[clone.method]} |`
  );
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
          `<details><summary>${plural(clones.length, "relation")} cloned before building</summary>`,
          "",
          "| Node | For | From | To | How |",
          "| --- | --- | --- | --- | --- |"
        ],
        items,
        more: (n) => context.more(n, "clone"),
        tail: [...warning, "", "</details>"]
      },
      budget,
      context.measure
    )
  };
}

// src/report/sections/deferred-refs.ts
function deferredRefsPart(context) {
  const refs = context.report.deferredRefs;
  if (refs.length === 0) return null;
  const items = refs.map(
    (ref) => `| ${context.name(ref.node, true)} | ${context.name(ref.upstream, true)} | ${code(clip(ref.productionRelation, NAME_MAX), true)} |`
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
        more: (n) => context.more(n, "deferred ref"),
        tail: ["", "</details>"]
      },
      budget,
      context.measure
    )
  };
}

// src/report/sections/deploy.ts
var LEVEL_EMOJI = { error: "\u274C", warning: "\u26A0\uFE0F", info: "\u2139\uFE0F" };
function deployPart(context) {
  const { deploy: deploy2, mode } = context.report;
  if (!deploy2) return null;
  const verb = mode === "rollback" ? "Swapped back" : "Swapped";
  const outcome = deploy2.swapped ? `\u2705 ${verb} ${plural(deploy2.swaps.length, "schema")}: production now serves ${mode === "rollback" ? "the previous deploy" : "what this run built"}.` : "\u26D4 Not swapped: production is unchanged.";
  const head = [`#### ${mode === "rollback" ? "Rollback" : "Deploy"}`, "", outcome].join("\n");
  const cell = (name) => name ? code(clip(name, NAME_MAX), true) : "(dropped)";
  const swaps = {
    title: "schema swaps",
    weight: 2,
    render: (budget) => fitList(
      {
        head: ["| Production schema | Built in | Previous production kept as |", "| --- | --- | --- |"],
        items: deploy2.swaps.map(
          (swap) => `| ${cell(swap.production)} | ${cell(swap.green)} | ${cell(swap.previousKeptAs)} |`
        ),
        more: (n) => context.more(n, "schema"),
        tail: []
      },
      budget,
      context.measure
    )
  };
  const preflight = {
    title: "preflight findings",
    weight: 1,
    render: (budget) => fitList(
      {
        head: [`**Preflight (${formatCount(deploy2.preflight.length)})**`, ""],
        items: deploy2.preflight.map(
          (finding) => `- ${LEVEL_EMOJI[finding.level]} ${escapeProse(clip(finding.message, 1e3))}${finding.relation ? ` (${code(clip(finding.relation, NAME_MAX))})` : ""}`
        ),
        more: (n) => context.more(n, "finding"),
        tail: []
      },
      budget,
      context.measure
    )
  };
  const rollback = deploy2.rollbackInstructions ? [
    fixedPart(
      "rollback instructions",
      3,
      `**To roll back:** ${escapeProse(clip(deploy2.rollbackInstructions, 1e3))}`,
      context.measure
    )
  ] : [];
  return composite(
    "deploy",
    20,
    head,
    [...deploy2.swaps.length ? [swaps] : [], ...deploy2.preflight.length ? [preflight] : [], ...rollback],
    context.measure
  );
}

// src/report/sections/dry-run.ts
var STATEMENT_MAX = 2e3;
function dryRunPart(context) {
  const dryRun2 = context.report.dryRun;
  if (!dryRun2) return null;
  const commands = dryRun2.dbtCommands.map((line) => codeBlock(clip(line, STATEMENT_MAX), "sh"));
  const statements = dryRun2.sql.map((sql) => codeBlock(clip(sql, STATEMENT_MAX), "sql"));
  const nothing = commands.length + statements.length === 0 ? ["It would run no dbt command and no SQL."] : [];
  return {
    title: "dry run",
    weight: 15,
    render: (budget) => fitList(
      {
        head: ["#### \u{1F9EA} Dry run", "", `${DRY_RUN_PROMISE} It would run, in order:`, "", ...nothing],
        items: [...commands, ...statements],
        more: (n) => context.more(n, "command"),
        tail: []
      },
      budget,
      context.measure
    )
  };
}

// src/report/sections/errors.ts
var ERROR_MESSAGE_MAX = 4e3;
function errorsPart(context) {
  const { errors } = context.report;
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
        more: (n) => context.more(n, "error"),
        tail: []
      },
      budget,
      context.measure
    )
  };
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
function lineageNodes(context) {
  const plan2 = context.report.plan;
  if (!plan2) return [];
  const isTest = (uniqueId, type) => {
    const resourceType = type ?? context.report.nodes[uniqueId]?.resourceType;
    return resourceType === "test" || resourceType === "unit_test";
  };
  return [
    ...plan2.changes.filter((change) => !isTest(change.uniqueId, change.resourceType)).map((change) => ({ uniqueId: change.uniqueId, status: change.status })),
    ...plan2.downstream.filter((node) => !isTest(node.uniqueId)).map((node) => ({ uniqueId: node.uniqueId, status: "downstream" }))
  ];
}
function mermaid(context, nodes, edges) {
  const ids = new Map(nodes.map((node, index) => [node.uniqueId, `n${index}`]));
  const label = (uniqueId) => mermaidLabel(clip(context.report.nodes[uniqueId]?.name ?? uniqueId, LABEL_MAX));
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
function lineagePart(context) {
  const nodes = lineageNodes(context);
  if (nodes.length === 0) return null;
  const members = new Set(nodes.map((node) => node.uniqueId));
  const edges = (context.report.plan?.edges ?? []).filter(
    ([parent, child]) => members.has(parent) && members.has(child)
  );
  const summary = `<details><summary>Lineage: ${plural(nodes.length, "changed or downstream node")}</summary>`;
  const legend = "\u{1F7E7} modified \xB7 \u{1F7E9} new \xB7 \u{1F7E5} removed \xB7 no colour: downstream";
  const diagram = nodes.length <= MERMAID_MAX_NODES ? mermaid(context, nodes, edges) : null;
  const graph = diagram && diagram.length <= MERMAID_MAX_TEXT ? [summary, "", diagram, "", legend, "", "</details>"].join("\n") : null;
  const children = /* @__PURE__ */ new Map();
  for (const [parent, child] of edges) children.set(parent, [...children.get(parent) ?? [], child]);
  const items = nodes.map((node) => {
    const next = children.get(node.uniqueId) ?? [];
    const status = node.status === "downstream" ? "" : ` (${node.status})`;
    return `- ${context.name(node.uniqueId)}${status}${next.length ? ` \u2192 ${next.map((child) => context.name(child)).join(", ")}` : ""}`;
  });
  const list2 = (budget) => fitList(
    {
      head: [summary, "", `Too large for a diagram; each node with the nodes it feeds:`, ""],
      items,
      more: (n) => context.more(n, "node"),
      tail: ["", "</details>"]
    },
    budget,
    context.measure
  );
  return {
    title: "lineage",
    weight: 5,
    render: (budget) => graph !== null && context.measure(graph) <= budget ? graph : list2(budget)
  };
}

// src/report/sections/merge-preview.ts
function listPart2(context, title, head, items, tail, singular) {
  return {
    title,
    weight: 1,
    render: (budget) => fitList({ head, items, more: (n) => context.more(n, singular), tail }, budget, context.measure)
  };
}
function mergePreviewPart(context) {
  const preview = context.report.mergePreview;
  if (!preview) return null;
  const { rebuild, fullRefresh, breakingContracts, drops } = preview;
  const head = [
    "#### What happens on merge",
    "",
    rebuild.length ? `The deploy will rebuild **${plural(rebuild.length, "node")}** into a green schema, test them, then swap.` : "Nothing to rebuild: the deploy will only refresh production state."
  ].join("\n");
  const children = [];
  if (fullRefresh.length) {
    children.push(
      listPart2(
        context,
        "full refreshes needed",
        [
          `**\u26A0\uFE0F Full refresh needed (${formatCount(fullRefresh.length)})** \u2014 incremental models the merge build cannot bring up to date incrementally:`,
          ""
        ],
        fullRefresh.map((need) => `- ${context.name(need.uniqueId)}: ${context.inline.text(need.reason)}`),
        [],
        "incremental model"
      )
    );
  }
  if (breakingContracts.length) {
    children.push(
      listPart2(
        context,
        "breaking contract changes",
        [
          `**\u{1F4A5} Breaking contract changes (${formatCount(breakingContracts.length)})** \u2014 consumers of these models will break:`,
          ""
        ],
        breakingContracts.map(
          (entry) => `- ${context.name(entry.uniqueId)}: ${entry.changes.map((change) => context.inline.text(change.detail)).join("; ")}`
        ),
        [],
        "model"
      )
    );
  }
  if (drops.length) {
    children.push(
      listPart2(
        context,
        "relations of removed nodes",
        [
          preview.deletedRelations === "report" ? `**Relations the deploy keeps (${formatCount(drops.length)})** \u2014 their nodes were removed; with ${code("deleted-relations: report")} they stay in production (${code("drop")} removes them):` : `**\u{1F5D1}\uFE0F Relations the deploy will drop (${formatCount(drops.length)})** \u2014 their nodes were removed:`,
          ""
        ],
        drops.map((drop) => `- ${code(clip(drop.relation, NAME_MAX))} (${context.name(drop.uniqueId)})`),
        [],
        "relation"
      )
    );
  }
  if (rebuild.length) {
    children.push(
      listPart2(
        context,
        "nodes to rebuild",
        [`<details><summary>Nodes the deploy will rebuild (${formatCount(rebuild.length)})</summary>`, ""],
        rebuild.map((uniqueId) => `- ${context.name(uniqueId)}`),
        ["", "</details>"],
        "node"
      )
    );
  }
  return composite("merge preview", 15, head, children, context.measure);
}

// src/report/sections/provenance.ts
function provenancePart(context) {
  const { state } = context.report;
  if (!stateMatters(context.report)) return null;
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
  return fixedPart("production state", 20, lines.join("\n"), context.measure);
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
var STATUS_EMOJI = { success: "\u2705", failure: "\u274C", skipped: "\u23ED\uFE0F" };
var COMMAND_MAX = 300;
function statusPart(context) {
  const { report } = context;
  const title = `### ${STATUS_EMOJI[report.status]} ${MODE_TITLES[report.mode]} ${statusWord(report)} in ${formatDuration(report.durationSeconds)}`;
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
  return fixedPart("status", 100, lines.join("\n\n"), context.measure);
}

// src/report/sections/results.ts
var FAILURE_MESSAGE_MAX = 4e3;
function volume(result) {
  if (result.failures !== null) return result.failures > 0 ? plural(result.failures, "failing row") : "";
  return result.rowsAffected !== null ? formatCount(result.rowsAffected) : "";
}
function row(context, result) {
  const outcome = outcomeOf(result.status);
  const display = context.report.nodes[result.uniqueId];
  const message = result.message && (outcome === "failed" || outcome === "warned") ? escapeMarkdown(firstLine(result.message, 120)) : "";
  const cells = [
    `${OUTCOME_EMOJI[outcome]} ${result.status}`,
    context.name(result.uniqueId, true),
    display ? resourceTypeWord(display.resourceType) : "",
    formatDuration(result.executionTime),
    volume(result),
    message
  ];
  return `| ${cells.join(" | ")} |`;
}
function invocationPart(context, invocation, index) {
  const heading = `**${code(clip(invocation.commandLine, COMMAND_MAX))}** \u2014 exit ${invocation.exitCode}, ${formatDuration(invocation.durationSeconds)}`;
  if (invocation.results === null || invocation.results.length === 0) {
    const why = invocation.results === null ? "dbt wrote no run_results.json: it stopped before running any node (see the errors above and the job log)." : "No node matched: dbt ran nothing.";
    const text = `${heading}

${why}`;
    return fixedPart(`results of invocation ${index + 1}`, 1, text, context.measure);
  }
  const rows = sortResults(invocation.results).map((result) => row(context, result));
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
        more: (n) => context.more(n, "result"),
        tail: []
      },
      budget,
      context.measure
    )
  };
}
function failuresPart(context, results) {
  const failing = sortResults(results).filter((result) => {
    const outcome = outcomeOf(result.status);
    return result.message && (outcome === "failed" || outcome === "warned");
  });
  if (failing.length === 0) return null;
  const items = failing.map(
    (result) => [
      "",
      `${context.name(result.uniqueId)} (${result.status}):`,
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
        more: (n) => context.more(n, "message"),
        tail: ["", "</details>"]
      },
      budget,
      context.measure
    )
  };
}
function resultsPart(context) {
  const { invocations } = context.report;
  if (invocations.length === 0) return null;
  const all = invocations.flatMap((invocation) => invocation.results ?? []);
  const counts = countOutcomes(all);
  const totals = OUTCOME_ORDER.filter((outcome) => counts.has(outcome)).map((outcome) => `${OUTCOME_EMOJI[outcome]} ${formatCount(counts.get(outcome) ?? 0)} ${outcome}`).join(" \xB7 ");
  const slow = slowest(all).map((result) => `${context.name(result.uniqueId)} ${formatDuration(result.executionTime)}`).join(", ");
  const head = [
    "#### Build and test results",
    ...totals ? ["", totals] : [],
    ...slow ? ["", `Slowest: ${slow}`] : []
  ].join("\n");
  const children = [
    ...invocations.map((invocation, index) => invocationPart(context, invocation, index)),
    ...[failuresPart(context, all)].filter((part) => part !== null)
  ];
  return composite("results", 30, head, children, context.measure);
}

// src/report/sections/self-check.ts
function selfCheckPart(context) {
  const check = context.report.selfCheck;
  if (!check) return null;
  if (check.plannedNotExecuted.length === 0 && check.executedNotPlanned.length === 0) {
    const text = "\u2705 Self-check: dbt executed exactly the planned nodes.";
    return fixedPart("self-check", 5, text, context.measure);
  }
  const list2 = (title, heading, ids) => ({
    title,
    weight: 1,
    render: (budget) => fitList(
      {
        head: [heading, ""],
        items: ids.map((id) => `- ${context.name(id)}`),
        more: (n) => context.more(n, "node"),
        tail: []
      },
      budget,
      context.measure
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
    context.measure
  );
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
  const context = markdownContext(report, measure, fullReportUrl);
  const parts = [
    statusPart(context),
    errorsPart(context),
    dryRunPart(context),
    provenancePart(context),
    selfCheckPart(context),
    changesPart(context),
    resultsPart(context),
    mergePreviewPart(context),
    deployPart(context),
    cleanupPart(context),
    clonesPart(context),
    deferredRefsPart(context),
    lineagePart(context)
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
import { spawn } from "node:child_process";
import path6 from "node:path";
var DbtRunner = class {
  constructor(settings, log) {
    this.settings = settings;
    this.log = log;
  }
  settings;
  log;
  /** `dbt <command> …` with the project, profiles dir and target of the settings, artifacts in `targetPath`. */
  async run(command, options) {
    const logPath = process.env.DBT_LOG_PATH ? {} : { DBT_LOG_PATH: path6.join(path6.resolve(options.targetPath), "logs") };
    return this.spawn(this.argsFor(command, options.targetPath), { ...logPath, ...options.env });
  }
  /** The full argument list `run` passes to dbt. */
  argsFor(command, targetPath) {
    const args = [
      ...command,
      "--project-dir",
      path6.resolve(this.settings.projectDir),
      "--target-path",
      path6.resolve(targetPath)
    ];
    if (this.settings.profilesDir) args.push("--profiles-dir", path6.resolve(this.settings.profilesDir));
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
        `\`${this.settings.executable} --version\` failed (${invocation.tail.slice(-3).join(" ") || `exit ${invocation.exitCode}`}): install dbt-core and your adapter (for example \`pip install dbt-core dbt-postgres\`) or set the \`dbt-executable\` input.`
      );
    }
    return match[1];
  }
  spawn(args, env, echo = true) {
    const started = Date.now();
    const tail = [];
    return new Promise((resolve2, reject) => {
      const executable = this.settings.executable.includes(path6.sep) ? path6.resolve(this.settings.executable) : this.settings.executable;
      const child = spawn(executable, args, {
        cwd: path6.resolve(this.settings.projectDir),
        env: {
          ...inheritedEnv(),
          ...this.settings.env,
          ...env,
          DBT_SEND_ANONYMOUS_USAGE_STATS: "false"
        },
        stdio: ["ignore", "pipe", "pipe"]
      });
      const onLine = (line) => {
        tail.push(line);
        if (tail.length > 200) tail.shift();
        if (echo) this.log(line);
      };
      let buffered = "";
      const onData = (chunk) => {
        buffered += chunk.toString("utf8");
        const lines = buffered.split("\n");
        buffered = lines.pop() ?? "";
        lines.forEach(onLine);
      };
      child.stdout.on("data", onData);
      child.stderr.on("data", onData);
      child.on("error", (error) => {
        const missing = error.code === "ENOENT";
        reject(
          missing ? new UserError(
            `dbt executable \`${this.settings.executable}\` was not found: install dbt (\`pip install dbt-core dbt-postgres\`) in an earlier step or set the \`dbt-executable\` input to its path.`
          ) : error
        );
      });
      child.on("close", (code2) => {
        if (buffered) onLine(buffered);
        resolve2({ args, exitCode: code2 ?? 1, durationMs: Date.now() - started, tail });
      });
    });
  }
};
function inheritedEnv() {
  const env = { ...process.env };
  for (const name of Object.keys(env)) if (name.startsWith("DBT_SLIM_CI_")) delete env[name];
  return env;
}
function shellQuote(arg) {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

// src/production-state/folder-store.ts
import { copyFile, mkdir, readdir, rename, rm as rm2, stat as stat2, writeFile } from "node:fs/promises";
import path7 from "node:path";

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

// src/production-state/state-record.ts
import { readFile as readFile2 } from "node:fs/promises";
var STATE_FILES = {
  manifest: "manifest.json",
  runResults: "run_results.json",
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
  const doc = parsed !== null && typeof parsed === "object" && !Array.isArray(parsed) ? parsed : {};
  const stringAt = (key) => typeof doc[key] === "string" ? doc[key] : null;
  const details = doc.details;
  return {
    commitSha: stringAt("commitSha"),
    runId: typeof doc.runId === "number" ? doc.runId : null,
    runUrl: stringAt("runUrl"),
    producedAt: stringAt("producedAt"),
    dbtVersion: stringAt("dbtVersion"),
    schemas: Array.isArray(doc.schemas) ? doc.schemas.filter((s) => typeof s === "string") : [],
    details: details !== null && typeof details === "object" && !Array.isArray(details) ? details : {}
  };
}
async function readStateRecord(file) {
  const text = await readFile2(file, "utf8").catch(() => null);
  return text === null ? null : parseStateRecord(text);
}

// src/util/fs.ts
import { access as access2 } from "node:fs/promises";
async function pathExists(file) {
  return access2(file).then(
    () => true,
    () => false
  );
}

// src/production-state/folder-store.ts
var NEW_SUFFIX = ".dbt-slim-ci-new";
var OLD_SUFFIX = ".dbt-slim-ci-old";
function folderStateStore(options) {
  const now = options.now ?? (() => /* @__PURE__ */ new Date());
  return {
    async find() {
      if (options.path === null) return noState([`No ${options.pathLabel} folder was given.`]);
      await recoverInterruptedPublish(path7.resolve(options.path));
      return readFolderState(options.path, options.pathLabel, options.maxAgeHours, now());
    },
    async publish(state) {
      if (options.publishDir === null) {
        throw new UserError(`Nothing to publish to: this run reads state from ${options.pathLabel} only.`);
      }
      const dir = path7.resolve(options.publishDir);
      await recoverInterruptedPublish(dir);
      await assertOwnFolder(dir, options.publishLabel);
      await publishFolder(dir, state);
      return dir;
    }
  };
}
async function readFolderState(statePath, label, maxAgeHours, now) {
  const { manifestPath, manifest } = await loadFromStatePath(statePath, label);
  const dir = path7.resolve(path7.dirname(manifestPath));
  const record = await readStateRecord(path7.join(dir, STATE_FILES.record));
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
  const previous = path7.join(dir, STATE_FILES.previousManifest);
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
      `${label} (${dir}) is a file: production state is published into a folder of its own.`
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
  await rm2(fresh, { recursive: true, force: true });
  await mkdir(fresh, { recursive: true });
  const sources = [
    [state.manifestPath, STATE_FILES.manifest],
    [state.runResultsPath, STATE_FILES.runResults],
    [state.previousManifestPath, STATE_FILES.previousManifest]
  ];
  for (const [source, name] of sources) if (source) await copyFile(source, path7.join(fresh, name));
  await writeFile(path7.join(fresh, STATE_FILES.record), stateRecordJson(state.record));
  if (await pathExists(dir)) await rename(dir, old);
  await rename(fresh, dir);
  await rm2(old, { recursive: true, force: true });
}
async function recoverInterruptedPublish(dir) {
  if (!await pathExists(dir)) {
    if (await pathExists(dir + NEW_SUFFIX)) await rename(dir + NEW_SUFFIX, dir);
    else if (await pathExists(dir + OLD_SUFFIX)) await rename(dir + OLD_SUFFIX, dir);
    else return;
  }
  await rm2(dir + NEW_SUFFIX, { recursive: true, force: true });
  await rm2(dir + OLD_SUFFIX, { recursive: true, force: true });
}

// src/warehouse/postgres/pg-session.ts
import { readFile as readFile3 } from "node:fs/promises";

// node_modules/pg/esm/index.mjs
var import_lib = __toESM(require_lib2(), 1);
var Client = import_lib.default.Client;
var Pool = import_lib.default.Pool;
var Connection = import_lib.default.Connection;
var types = import_lib.default.types;
var Query = import_lib.default.Query;
var DatabaseError = import_lib.default.DatabaseError;
var escapeIdentifier = import_lib.default.escapeIdentifier;
var escapeLiteral2 = import_lib.default.escapeLiteral;
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
function deployLockKey(database, key) {
  return advisoryLockKey(`dbt-slim-ci:${database}:${key}`);
}
function swapLockKey(database) {
  return advisoryLockKey(`dbt-slim-ci-swap:${database}`);
}
function lockKeyLiteral(key) {
  return `'${key.toString()}'::bigint`;
}
function lockKeyInPgLocks(key) {
  const unsigned = BigInt.asUintN(64, key);
  return { classid: (unsigned >> 32n).toString(), objid: (unsigned & 0xffffffffn).toString() };
}

// src/warehouse/postgres/catalog.ts
async function currentDatabase(client) {
  const [row2] = await client.query("SELECT current_database() AS database");
  return row2.database;
}
async function existingSchemas(client, names) {
  const rows = await client.query(
    "SELECT nspname FROM pg_namespace WHERE nspname = ANY($1::text[])",
    [names]
  );
  return new Set(rows.map((row2) => row2.nspname));
}
var RELATION_KINDS = {
  r: "table",
  p: "table",
  v: "view",
  m: "materialized_view",
  f: "other"
};
async function relationsIn(client, schema) {
  const rows = await client.query(
    `SELECT c.relname, c.relkind::text AS relkind, c.relispartition
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
      ORDER BY c.relname`,
    [schema]
  );
  return rows.map((row2) => ({
    name: row2.relname,
    kind: RELATION_KINDS[row2.relkind],
    isPartition: row2.relispartition
  }));
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
async function dependentsOutside(client, schemas, outside) {
  return client.query(
    `SELECT DISTINCT dn.nspname AS schema, dc.relname AS name,
            CASE WHEN dep.kind = 'rule' THEN CASE dc.relkind WHEN 'm' THEN 'materialized_view' ELSE 'view' END
                 ELSE dep.kind END AS dependency,
            rn.nspname AS "referencedSchema", rc.relname AS "referencedName"
       FROM pg_depend d
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
      WHERE d.deptype = 'n' AND rc.relkind <> 'i'
        AND rn.nspname = ANY($1::text[]) AND NOT dn.nspname = ANY($2::text[])
      ORDER BY 1, 2, 4, 5`,
    [schemas, outside]
  );
}
async function swapPrivileges(client, schemas) {
  const [database] = await client.query(
    `SELECT has_database_privilege(current_database(), 'CREATE') AS allowed`
  );
  const owners = await client.query(
    `SELECT nspname FROM pg_namespace
      WHERE nspname = ANY($1::text[]) AND NOT pg_has_role(current_user, nspowner, 'USAGE')
      ORDER BY nspname`,
    [schemas]
  );
  return { canCreateInDatabase: database.allowed, notOwned: owners.map((row2) => row2.nspname) };
}
var ACL_COLUMNS = `CASE WHEN e.grantee = 0 THEN NULL ELSE pg_get_userbyid(e.grantee)::text END AS grantee,
                     e.privilege_type AS privilege, e.is_grantable AS grantable`;
function aclEntries(rows) {
  return rows.map((row2) => ({ grantee: row2.grantee, privilege: row2.privilege, grantable: row2.grantable }));
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
  const defaultAcls = groupBy(defaultRows, (row2) => JSON.stringify([row2.role, row2.objectType])).map((rows) => ({
    role: rows[0].role,
    objectType: rows[0].objectType,
    entries: aclEntries(rows)
  }));
  const relationAcls = groupBy(relationRows, (row2) => row2.name).map((rows) => ({
    name: rows[0].name,
    isSequence: rows[0].isSequence,
    targetOwner: rows[0].targetOwner,
    entries: aclEntries(rows)
  }));
  return { schemaAcl: aclEntries(schemaAcl), targetSchemaOwner: owner.owner, defaultAcls, relationAcls };
}
function groupBy(items, keyOf) {
  const groups = /* @__PURE__ */ new Map();
  for (const item of items) groups.set(keyOf(item), [...groups.get(keyOf(item)) ?? [], item]);
  return [...groups.values()];
}
async function advisoryLockHolders(client, key) {
  const { classid, objid } = lockKeyInPgLocks(key);
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
    super(
      `The ${operation} failed and was rolled back, nothing changed: ${reason}${sqlState === void 0 ? "" : ` (SQLSTATE ${sqlState})`} while running: ${sql}`,
      { cause }
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
function sqlStateOf(error) {
  const code2 = error?.code;
  return typeof code2 === "string" && /^[0-9A-Z]{5}$/.test(code2) ? code2 : void 0;
}
var DeployLockTimeoutError = class extends UserError {
  name = "DeployLockTimeoutError";
};

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
function previousOf(targets, production) {
  return targets.find((target) => target.production === production)?.previous ?? "the previous schema";
}
function preflightFindings(facts, dependencySeverity) {
  const missingGreen = facts.targets.filter((target) => !facts.existingSchemas.has(target.green)).map((target) => ({
    severity: "error",
    code: "other",
    object: target.green,
    detail: `The green schema "${target.green}" does not exist, so there is nothing to swap into "${target.production}".`,
    fix: `Build the changed models into "${target.green}" before swapping, or remove "${target.production}" from the deploy.`
  }));
  const stale = facts.productionDependents.map((dependent) => ({
    severity: dependencySeverity,
    code: findingCode(dependent),
    object: dependentName(dependent),
    detail: `The ${dependencyWords[dependent.dependency]} ${dependentName(dependent)} is bound to ${referencedName(dependent)} by object id, not by name: after the swap it keeps using the previous data (moved to "${previousOf(facts.targets, dependent.referencedSchema)}"), and the next deploy, which drops that schema, fails or drops it.`,
    fix: `Make ${dependentName(dependent)} a model of this dbt project so the deploy rebuilds it, or recreate it after every deploy (Postgres views and foreign keys cannot follow a renamed schema).`
  }));
  const dropped = facts.previousDependents.map((dependent) => ({
    severity: "error",
    code: findingCode(dependent),
    object: dependentName(dependent),
    detail: `The ${dependencyWords[dependent.dependency]} ${dependentName(dependent)} depends on ${referencedName(dependent)}; the swap replaces "${dependent.referencedSchema}" (DROP SCHEMA \u2026 CASCADE), which would drop it too, so the swap refuses.`,
    fix: `Drop ${dependentName(dependent)} or recreate it on production data, then deploy again.`
  }));
  const privileges = [
    ...facts.privileges.canCreateInDatabase ? [] : [
      {
        severity: "error",
        code: "missing_privilege",
        object: "database",
        detail: "Renaming a schema needs the CREATE privilege on the database, which the deploy role lacks.",
        fix: "Run `GRANT CREATE ON DATABASE <database> TO <deploy role>` as the database owner."
      }
    ],
    ...facts.privileges.notOwned.map((schema) => ({
      severity: "error",
      code: "missing_privilege",
      object: schema,
      detail: `Renaming or dropping schema "${schema}" needs ownership of it, which the deploy role lacks.`,
      fix: `Run \`ALTER SCHEMA "${schema}" OWNER TO <deploy role>\` (or make the deploy role a member of its owner).`
    }))
  ];
  return [...missingGreen, ...stale, ...dropped, ...privileges];
}

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
  const quoted = value.replaceAll("'", "''");
  return value.includes("\\") ? `E'${quoted.replaceAll("\\", "\\\\")}'` : `'${quoted}'`;
}

// src/warehouse/postgres/statements.ts
function transaction(options, body) {
  if (!Number.isSafeInteger(options.lockTimeoutMs) || options.lockTimeoutMs < 0) {
    throw new UserError(
      `The swap lock timeout must be a whole number of milliseconds, got ${options.lockTimeoutMs}.`
    );
  }
  return [
    "BEGIN",
    `SET LOCAL lock_timeout = '${options.lockTimeoutMs}ms'`,
    `SELECT pg_advisory_xact_lock(${lockKeyLiteral(options.swapLockKey)})`,
    ...body,
    "COMMIT"
  ];
}
function renameSchema(from, to) {
  return `ALTER SCHEMA ${quoteIdent(from)} RENAME TO ${quoteIdent(to)}`;
}
function swapStatements(plan2, options) {
  const body = [
    ...plan2.map(({ target }) => `DROP SCHEMA IF EXISTS ${quoteIdent(target.previous)} CASCADE`),
    ...plan2.filter((item) => item.productionExists).map(({ target }) => renameSchema(target.production, target.previous)),
    ...plan2.map(({ target }) => renameSchema(target.green, target.production))
  ];
  return transaction(options, body);
}
function rollbackTemporaryName(production) {
  return `dbt_slim_ci_rollback_${advisoryLockKey(production).toString(16).replace("-", "n")}`;
}
function rollbackStatements(plan2, options) {
  const body = plan2.flatMap(({ target, productionExists }) => {
    if (!productionExists) return [renameSchema(target.previous, target.production)];
    const parked = rollbackTemporaryName(target.production);
    return [
      renameSchema(target.production, parked),
      renameSchema(target.previous, target.production),
      renameSchema(parked, target.previous)
    ];
  });
  return transaction(options, body);
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
function cloneStatements(from, to, toExists, tables) {
  return [
    "BEGIN",
    ...toExists ? [dropSchemaStatement(to)] : [],
    `CREATE SCHEMA ${quoteIdent(to)}`,
    ...tables.flatMap((table) => copyTableStatements(from, to, table)),
    "COMMIT"
  ];
}
function dropSchemaStatement(schema) {
  return `DROP SCHEMA ${quoteIdent(schema)} CASCADE`;
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
    const key = JSON.stringify([entry.grantee, entry.grantable]);
    const group = groups.get(key) ?? { grantee: entry.grantee, grantable: entry.grantable, privileges: [] };
    group.privileges.push(privilegeKeyword(entry.privilege));
    groups.set(key, group);
  }
  return [...groups.values()].map((group) => {
    const grantee = group.grantee === null ? "PUBLIC" : quoteIdent(group.grantee);
    return `GRANT ${group.privileges.join(", ")} ON ${on} TO ${grantee}${group.grantable ? " WITH GRANT OPTION" : ""}`;
  });
}
function copyGrantStatements(to, facts) {
  const schema = grants(`SCHEMA ${quoteIdent(to)}`, facts.schemaAcl, facts.targetSchemaOwner);
  const defaults2 = facts.defaultAcls.flatMap(
    (acl) => grants(DEFAULT_ACL_OBJECTS[acl.objectType], acl.entries, null).map(
      (grant) => `ALTER DEFAULT PRIVILEGES FOR ROLE ${quoteIdent(acl.role)} IN SCHEMA ${quoteIdent(to)} ${grant}`
    )
  );
  const relations = facts.relationAcls.flatMap(
    (acl) => grants(`${acl.isSequence ? "SEQUENCE" : "TABLE"} ${qualify(to, acl.name)}`, acl.entries, acl.targetOwner)
  );
  const all = [...schema, ...defaults2, ...relations];
  return all.length === 0 ? [] : ["BEGIN", ...all, "COMMIT"];
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
  return rows.flatMap((row2) => {
    const mark = parseMark(row2.description);
    return mark ? [{ container: { level: "schema", database, name: row2.nspname }, mark }] : [];
  });
}

// src/warehouse/postgres/postgres-warehouse.ts
var POSTGRES_CAPABILITIES = {
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
  async listRelations(container) {
    checkContainer(container, await this.database());
    const relations = await relationsIn(this.session, container.name);
    return relations.map((relation) => ({
      database: container.database,
      schema: container.name,
      name: relation.name,
      kind: relation.kind
    }));
  }
  async acquireDeployLock(key, timeoutMs) {
    const database = await this.database();
    const lockKey = deployLockKey(database, key);
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
      await this.pollForLock(session, tryLock, timeoutMs, async () => {
        const holders = await advisoryLockHolders(session, lockKey);
        return new DeployLockTimeoutError(lockTimeoutMessage(key, database, timeoutMs, holders));
      });
    } catch (error) {
      await closeDedicated();
      throw error;
    }
    let released = false;
    return {
      release: async () => {
        if (released || dedicated && !this.lockSessions.has(session)) return;
        released = true;
        const started = Date.now();
        try {
          await session.query(unlock);
          this.record(unlock, false, Date.now() - started);
        } finally {
          await closeDedicated();
        }
      }
    };
  }
  /** Retries `tryLock` until it succeeds or `timeoutMs` has passed, then throws what `timedOut` builds. */
  async pollForLock(session, tryLock, timeoutMs, timedOut) {
    const deadline = Date.now() + timeoutMs;
    for (; ; ) {
      const started = Date.now();
      const [row2] = await session.query(tryLock);
      if (row2.acquired) {
        this.record(tryLock, false, Date.now() - started);
        return;
      }
      if (Date.now() >= deadline) throw await timedOut();
      await sleep(Math.min(this.lockPollIntervalMs, Math.max(0, deadline - Date.now())));
    }
  }
  async clone(from, to, options = {}) {
    const database = await this.database();
    checkContainer(from, database);
    checkContainer(to, database);
    if (from.name === to.name) throw new UserError(`Cannot clone schema "${from.name}" onto itself.`);
    const existing = await existingSchemas(this.session, [from.name, to.name]);
    const toExists = existing.has(to.name);
    if (toExists) await this.refuseExternalDependents("replace", to.name);
    const available = existing.has(from.name) ? await relationsIn(this.session, from.name) : [];
    const wanted = options.relations ?? available.map((relation) => relation.name);
    const copyable = new Set(
      available.filter((relation) => relation.kind === "table" && !relation.isPartition).map((relation) => relation.name)
    );
    const skipped = wanted.filter((name) => !copyable.has(name)).map((name) => {
      const found = available.find((relation2) => relation2.name === name);
      const relation = {
        database: from.database,
        schema: from.name,
        name,
        kind: found?.kind ?? "other"
      };
      return { relation, reason: skipReason(found, from.name) };
    });
    const tables = await tablesToCopy(
      this.session,
      from.name,
      wanted.filter((name) => copyable.has(name))
    );
    await this.run("clone", cloneStatements(from.name, to.name, toExists, tables));
    return {
      method: "copy",
      cloned: tables.map((table) => ({
        database: to.database,
        schema: to.name,
        name: table.name,
        kind: "table"
      })),
      skipped
    };
  }
  async copyGrants(from, to) {
    const database = await this.database();
    checkContainer(from, database);
    checkContainer(to, database);
    const existing = await existingSchemas(this.session, [from.name, to.name]);
    if (!existing.has(from.name)) return;
    if (!existing.has(to.name) && !this.dryRun) {
      throw new UserError(
        `Cannot copy the grants of "${from.name}" to "${to.name}": schema "${to.name}" does not exist.`
      );
    }
    await this.run(
      "grant copy",
      copyGrantStatements(to.name, await grantFacts(this.session, from.name, to.name))
    );
  }
  async preflight(targets) {
    checkSwapTargets(targets, await this.database());
    const production = targets.map((target) => target.production);
    const previous = targets.map((target) => target.previous);
    const names = targets.flatMap((target) => [target.production, target.green, target.previous]);
    const existing = await existingSchemas(this.session, names);
    const facts = {
      targets,
      existingSchemas: existing,
      productionDependents: await dependentsOutside(this.session, production, [...production, ...previous]),
      previousDependents: await dependentsOutside(this.session, previous, previous),
      privileges: await swapPrivileges(this.session, [...existing])
    };
    return preflightFindings(facts, this.dependencySeverity);
  }
  async swap(targets) {
    const database = await this.database();
    checkSwapTargets(targets, database);
    const existing = await existingSchemas(
      this.session,
      targets.flatMap((target) => [target.production, target.green])
    );
    const missing = targets.filter((target) => !existing.has(target.green)).map((target) => `"${target.green}"`);
    if (missing.length > 0 && !this.dryRun) {
      throw new UserError(
        `Cannot swap: green schema ${missing.join(", ")} does not exist. Build the deploy into it first; nothing was changed.`
      );
    }
    await this.refuseExternalDependents(
      "swap, which replaces the previous schema,",
      ...targets.map((target) => target.previous)
    );
    const plan2 = targets.map((target) => ({ target, productionExists: existing.has(target.production) }));
    return this.runSwap("swap", targets, swapStatements(plan2, this.transactionOptions(database)));
  }
  async rollback(targets) {
    const database = await this.database();
    checkSwapTargets(targets, database);
    const existing = await existingSchemas(
      this.session,
      targets.flatMap((target) => [target.production, target.previous])
    );
    const missing = targets.filter((target) => !existing.has(target.previous));
    if (missing.length > 0) {
      const names = missing.map((target) => `"${target.previous}" (for "${target.production}")`).join(", ");
      throw new UserError(
        `Cannot roll back: the previous schema ${names} does not exist, so there is no earlier version to restore (no deploy has swapped yet, or it was dropped). Nothing was changed.`
      );
    }
    const plan2 = targets.map((target) => ({
      target,
      productionExists: existing.has(target.production)
    }));
    return this.runSwap("rollback", targets, rollbackStatements(plan2, this.transactionOptions(database)));
  }
  async drop(container) {
    checkContainer(container, await this.database());
    if (!(await existingSchemas(this.session, [container.name])).has(container.name)) return;
    await this.refuseExternalDependents("drop", container.name);
    await this.run("drop", [dropSchemaStatement(container.name)]);
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
    return { lockTimeoutMs: this.swapLockTimeoutMs, swapLockKey: swapLockKey(database) };
  }
  async runSwap(operation, targets, statements) {
    await this.run(operation, statements);
    return { targets, statements, completedAt: (/* @__PURE__ */ new Date()).toISOString() };
  }
  /** DROP SCHEMA … CASCADE would silently take objects in other schemas with it: refuse and name them. */
  async refuseExternalDependents(operation, ...schemas) {
    const dependents = await dependentsOutside(this.session, schemas, schemas);
    if (dependents.length === 0) return;
    throw new UserError(
      `Refusing to ${operation} ${schemas.map((schema) => `"${schema}"`).join(", ")}: objects in other schemas depend on it and DROP SCHEMA \u2026 CASCADE would drop them too: ${dependents.map(describeDependent).join("; ")}. Drop or repoint those objects first.`
    );
  }
  /** Runs statements in order; a failure inside BEGIN … COMMIT rolls the transaction back and names the statement. */
  async run(operation, statements) {
    let inTransaction = false;
    for (const sql of statements) {
      if (this.dryRun) {
        this.record(sql, true, 0);
        continue;
      }
      const started = Date.now();
      try {
        await this.session.query(sql);
      } catch (error) {
        if (sql === "COMMIT" && connectionLost(sqlStateOf(error))) {
          throw new UserError(
            `The ${operation} lost its connection while committing, so it may or may not have been applied: ${error instanceof Error ? error.message : String(error)}. Check the schemas before retrying.`,
            { cause: error }
          );
        }
        if (inTransaction) await this.rollbackQuietly();
        throw new StatementError(operation, sql, sqlStateOf(error), error);
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
function skipReason(found, schema) {
  if (found === void 0) return `not found in "${schema}"`;
  if (found.isPartition) return "a partition: copied with its partitioned table";
  if (found.kind === "view" || found.kind === "materialized_view") {
    return "dbt rebuilds views in green (Postgres binds views to object ids, so a copy would read production)";
  }
  return "not a table (foreign tables are not copied)";
}
function describeDependent(dependent) {
  return `${dependent.schema}.${dependent.name} (${dependent.dependency.replace("_", " ")} on ${dependent.referencedSchema}.${dependent.referencedName})`;
}
function lockTimeoutMessage(key, database, timeoutMs, holders) {
  const holder = holders.length === 0 ? "the holding session is not visible to this role" : holders.map(
    (h) => `held by pid ${h.pid}` + (h.applicationName ? `, application_name "${h.applicationName}"` : "") + (h.clientAddress ? `, client ${h.clientAddress}` : "") + (h.since ? `, connected since ${h.since}` : "")
  ).join("; ");
  const advice = holders.length === 0 ? "Wait for that deploy to finish, or raise the lock timeout." : `Wait for that deploy to finish, or raise the lock timeout; if no deploy is running, end the session with SELECT pg_terminate_backend(${holders[0].pid}).`;
  return `Another deploy holds the deploy lock "${key}" on database "${database}" (${holder}); waited ${timeoutMs} ms. ${advice}`;
}
function connectionLost(sqlState) {
  return sqlState === void 0 || sqlState.startsWith("57") || sqlState.startsWith("08");
}

// src/warehouse/postgres/pg-session.ts
async function tlsOptions(connection) {
  if (connection.sslMode === "disable") return false;
  const read = (file) => file === null ? void 0 : readFile3(file, "utf8");
  const [ca, cert, key] = await Promise.all([
    read(connection.sslRootCert),
    read(connection.sslCert),
    read(connection.sslKey)
  ]);
  const verify = connection.sslMode === "verify-ca" || connection.sslMode === "verify-full";
  return {
    rejectUnauthorized: verify,
    ...ca === void 0 ? {} : { ca },
    ...cert === void 0 ? {} : { cert },
    ...key === void 0 ? {} : { key },
    // verify-ca checks the chain but not that the certificate names the host.
    ...connection.sslMode === "verify-ca" ? { checkServerIdentity: () => void 0 } : {}
  };
}
function pgSqlClient(client) {
  return {
    async query(sql, params) {
      const result = await client.query(sql, params === void 0 ? void 0 : [...params]);
      return result.rows;
    },
    close: () => client.end()
  };
}
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
  const client = await connectClient(connection);
  client.on("error", () => void 0);
  if (connection.role !== null) await client.query(`SET ROLE ${quoteIdent(connection.role)}`);
  return pgSqlClient(client);
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
  const text = (key) => {
    const value = fields[key];
    if (value === void 0 || value === null || value === "") return null;
    if (typeof value === "object") throw new UserError(`${where}: \`${key}\` must be a plain value.`);
    return String(value);
  };
  const required = (...keys) => {
    for (const key of keys) {
      const value = text(key);
      if (value !== null) return value;
    }
    throw new UserError(`${where}: \`${keys[0]}\` is missing; dbt-postgres needs it to connect.`);
  };
  const seconds = (key, fallback) => {
    const value = text(key);
    if (value === null) return fallback;
    const number = Number(value);
    if (!Number.isFinite(number) || number < 0)
      throw new UserError(`${where}: \`${key}\` must be a number of seconds, got "${value}".`);
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
  const keepAlive = seconds("keepalives_idle", null);
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
    connectTimeoutMs: (seconds("connect_timeout", 10) ?? 10) * 1e3,
    role: text("role"),
    keepAliveIdleMs: keepAlive === null || keepAlive === 0 ? null : keepAlive * 1e3,
    applicationName: "dbt-slim-ci"
  };
}

// src/warehouse/connect.ts
async function connectWarehouse(target, options = {}) {
  switch (target.type) {
    case "postgres":
      return createPostgresWarehouse(postgresConnectionFromProfile(target), {
        dryRun: options.dryRun,
        swapLockTimeoutMs: options.swapLockTimeoutMs,
        dependencySeverity: options.dependencySeverity
      });
    case "snowflake": {
      const snowflake = await import("./snowflake-N6MTPYHV.js");
      return snowflake.createSnowflakeWarehouse(
        snowflake.snowflakeSettingsFromProfile({ ...target.fields }),
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

// src/warehouse/profile.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { readFile as readFile5 } from "node:fs/promises";
import os from "node:os";
import path9 from "node:path";

// src/dbt/project.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFile as readFile4 } from "node:fs/promises";
import path8 from "node:path";
async function readDbtProject(projectDir) {
  const file = path8.join(projectDir, "dbt_project.yml");
  let text;
  try {
    text = await readFile4(file, "utf8");
  } catch {
    throw new UserError(
      `No dbt_project.yml in ${projectDir}: set the \`project-dir\` input to the folder of your dbt project.`
    );
  }
  let doc;
  try {
    doc = (0, import_yaml.parse)(text);
  } catch (error) {
    throw new UserError(`${file} is not valid YAML: ${error.message}`);
  }
  const fields = doc ?? {};
  if (typeof fields.name !== "string")
    throw new UserError(`${file} has no \`name\`: every dbt project needs one.`);
  const profile = typeof fields.profile === "string" ? fields.profile : fields.name;
  return { dir: projectDir, name: fields.name, profile };
}

// src/warehouse/profile-render.ts
var FILTERS = ["int", "float", "string", "as_text", "as_number", "as_bool", "as_native", "trim"];
function unsupported(source, site) {
  return new UserError(
    `${site.file}: ${site.field} uses \`${source}\`, which dbt-slim-ci cannot render. Only \`{{ env_var('NAME') }}\` and \`{{ env_var('NAME', 'default') }}\`, optionally followed by the filters ${FILTERS.join(", ")}, are supported; put the value in an environment variable instead.`
  );
}
function readExpression(source, site) {
  const refuse = () => unsupported(`{{ ${source.trim()} }}`, site);
  let node;
  try {
    node = parseExpression(source);
  } catch {
    throw refuse();
  }
  const filters = [];
  while (node.type === "Filter") {
    const filter = node.name;
    if (!FILTERS.includes(filter) || node.args.length + node.kwargs.length > 0 || node.dynArgs || node.dynKwargs)
      throw refuse();
    filters.unshift(filter);
    node = node.node;
  }
  if (node.type !== "Call" || node.node.type !== "Name" || node.node.name !== "env_var") throw refuse();
  const [name, fallback, ...extra] = [
    ...node.args.map(constant),
    ...node.kwargs.map((kwarg) => kwarg.key === "default" ? constant(kwarg.value) : null)
  ];
  if (typeof name !== "string" || fallback === null || extra.length > 0 || node.dynArgs || node.dynKwargs)
    throw refuse();
  return { source, name, fallback, filters };
}
function constant(node) {
  if (node.type === "Neg" && node.node.type === "Const") {
    const value = constant(node.node);
    return typeof value === "number" ? -value : null;
  }
  if (node.type !== "Const") return null;
  if (typeof node.value === "string" || typeof node.value === "number") return node.value;
  return typeof node.value === "bigint" ? Number(node.value) : null;
}
function applyFilter(value, filter, expression, site) {
  const text = String(value).trim();
  const fail = (expected) => new UserError(
    `${site.file}: ${site.field}: env var '${expression.name}' is ${JSON.stringify(String(value))}, but the \`${filter}\` filter needs ${expected}.`
  );
  switch (filter) {
    case "int":
      if (!/^[-+]?\d+(\.\d+)?$/.test(text)) throw fail("a whole number");
      return Math.trunc(Number(text));
    case "float":
    case "as_number":
      if (text === "" || !Number.isFinite(Number(text))) throw fail("a number");
      return Number(text);
    case "as_bool":
      if (/^true$/i.test(text)) return true;
      if (/^false$/i.test(text)) return false;
      throw fail("true or false");
    case "as_native":
      if (text !== "" && Number.isFinite(Number(text))) return Number(text);
      if (/^(true|false)$/i.test(text)) return /^true$/i.test(text);
      if (/^none$/i.test(text)) return null;
      return String(value);
    case "trim":
      return text;
    case "string":
    case "as_text":
      return String(value);
  }
}
function evaluate(expression, env, site) {
  const found = env[expression.name];
  if (found === void 0 && expression.fallback === void 0) {
    throw new UserError(
      `Env var required but not provided: '${expression.name}' (${site.file}: ${site.field}). Set it in the workflow's env (e.g. \`${expression.name}: \${{ secrets.${expression.name} }}\`), or give a default: env_var('${expression.name}', '...').`
    );
  }
  let value = found ?? expression.fallback;
  for (const filter of expression.filters) value = applyFilter(value, filter, expression, site);
  return value;
}
function renderProfileString(text, env, site) {
  const withoutComments = text.replace(/\{#[\s\S]*?#\}/g, "");
  if (/\{%/.test(withoutComments)) throw unsupported(withoutComments, site);
  const parts = [];
  let rest = withoutComments;
  for (; ; ) {
    const start = rest.indexOf("{{");
    if (start < 0) break;
    const end = rest.indexOf("}}", start + 2);
    if (end < 0) throw unsupported(rest.slice(start), site);
    if (start > 0) parts.push(rest.slice(0, start));
    parts.push(evaluate(readExpression(rest.slice(start + 2, end), site), env, site));
    rest = rest.slice(end + 2);
  }
  if (rest !== "") parts.push(rest);
  if (parts.length === 0) return "";
  return parts.length === 1 ? parts[0] : parts.map(String).join("");
}
function renderProfileValue(value, env, site) {
  if (typeof value === "string") return renderProfileString(value, env, site);
  if (Array.isArray(value)) {
    return value.map(
      (item, index) => renderProfileValue(item, env, { ...site, field: `${site.field}[${index}]` })
    );
  }
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        renderProfileValue(item, env, { ...site, field: `${site.field}.${key}` })
      ])
    );
  }
  return value;
}

// src/warehouse/profile.ts
async function locateProfilesFile(request) {
  const env = request.env ?? process.env;
  const explicit = request.profilesDir ?? (env.DBT_PROFILES_DIR || null);
  const candidates = explicit !== null ? [path9.resolve(explicit, "profiles.yml")] : [
    path9.resolve(request.projectDir, "profiles.yml"),
    path9.join(request.homeDir ?? os.homedir(), ".dbt", "profiles.yml")
  ];
  for (const candidate of candidates) if (await pathExists(candidate)) return candidate;
  const origin = request.profilesDir !== null ? "the `profiles-dir` input" : explicit !== null ? "DBT_PROFILES_DIR" : "dbt defaults";
  throw new UserError(
    `No profiles.yml found (looked in ${candidates.join(" and ")}, from ${origin}). Commit a profiles.yml that reads its secrets with env_var() and point the \`profiles-dir\` input at its folder, or write one in an earlier step.`
  );
}
async function readProfileTarget(request) {
  const file = await locateProfilesFile(request);
  const profileName = request.profile ?? (await readDbtProject(request.projectDir)).profile;
  let doc;
  try {
    doc = (0, import_yaml2.parse)(await readFile5(file, "utf8"));
  } catch (error) {
    throw new UserError(`${file} cannot be read as YAML: ${error.message}`);
  }
  return resolveProfileTarget(doc, {
    file,
    profileName,
    targetName: request.target,
    env: request.env ?? process.env,
    overrides: request.overrides ?? {}
  });
}
function isMapping(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function resolveProfileTarget(doc, options) {
  const { file, profileName, env } = options;
  const profiles = isMapping(doc) ? doc : {};
  const names = Object.keys(profiles).filter((name) => name !== "config");
  const profile = profiles[profileName];
  if (!isMapping(profile)) {
    throw new UserError(
      `${file} has no profile "${profileName}" (the \`profile:\` of dbt_project.yml); it has ${names.length === 0 ? "none" : names.map((name) => `"${name}"`).join(", ")}. Add it, or fix \`profile:\`.`
    );
  }
  const rawTarget = options.targetName ?? profile.target ?? "default";
  const targetName = String(
    renderProfileString(String(rawTarget), env, { file, field: `${profileName}.target` })
  );
  const outputs = isMapping(profile.outputs) ? profile.outputs : {};
  const output = outputs[targetName];
  if (!isMapping(output)) {
    throw new UserError(
      `${file}: profile "${profileName}" has no output "${targetName}"; its outputs are ${Object.keys(outputs).map((name) => `"${name}"`).join(", ") || "none"}. Set the \`target\` input to one of them.`
    );
  }
  const rendered = renderProfileValue(output, env, {
    file,
    field: `${profileName}.outputs.${targetName}`
  });
  const fields = { ...rendered, ...options.overrides };
  if (typeof fields.type !== "string" || fields.type === "") {
    throw new UserError(
      `${file}: output "${targetName}" of profile "${profileName}" has no \`type\` (postgres, snowflake, \u2026).`
    );
  }
  const schema = fields.schema ?? fields.dataset ?? null;
  return {
    type: fields.type,
    profileName,
    targetName,
    profilesFile: file,
    schema: schema === null ? null : String(schema),
    fields
  };
}
var SECRET_FIELD = /password|passphrase|secret|token|credentials|keyfile_json|api_key|^pass$|^private_key$/i;
function secretStrings(value) {
  if (typeof value === "string") return value === "" ? [] : [value];
  if (typeof value === "number") return [String(value)];
  if (Array.isArray(value)) return value.flatMap(secretStrings);
  if (isMapping(value)) return Object.values(value).flatMap(secretStrings);
  return [];
}
function secretsOf(target) {
  const values = Object.entries(target.fields).filter(([key]) => SECRET_FIELD.test(key)).flatMap(([, value]) => secretStrings(value));
  const lines = values.flatMap(
    (value) => value.includes("\n") ? value.split(/\r?\n/).map((line) => line.trim()).filter((line) => line.length >= 8 && !/^-----(BEGIN|END) /.test(line)) : []
  );
  return [.../* @__PURE__ */ new Set([...values, ...lines])];
}

// src/warehouse/settings-target.ts
function settingsTarget(settings, env = process.env) {
  return readProfileTarget({
    projectDir: settings.dbt.projectDir,
    profilesDir: settings.dbt.profilesDir,
    target: settings.dbt.target,
    overrides: settings.connection,
    env
  });
}
async function productionSchemaOf(settings) {
  const env = { ...process.env };
  delete env.DBT_SLIM_CI_SCHEMA;
  const target = await settingsTarget(settings, env);
  if (!target.schema) {
    throw new UserError(
      `${target.profilesFile}: target ${target.targetName} has no schema: set one, or ${settingLabel("schema-prefix", settings.front).replace(/^Input/, "the input")}.`
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
  INDIRECT_SELECTION_MODES,
  parseMethod,
  parseCriterion,
  parseRunResults2 as parseRunResults,
  parseFreshness,
  selectNodes,
  compareManifests,
  runDefer,
  runDeploy,
  runRollback,
  STATE_FILES,
  stateRecordJson,
  readStateRecord,
  firstLine,
  formatCount,
  plural,
  formatDuration,
  formatAge,
  formatTimestamp,
  shortSha,
  plainInline,
  describeReason,
  MODE_TITLES,
  DRY_RUN_PROMISE,
  statusWord,
  stateMatters,
  outcomeOf,
  OUTCOME_ORDER,
  RESOURCE_TYPE_ORDER,
  resourceTypeWord,
  resourceTypePlural,
  sortResults,
  countOutcomes,
  slowest,
  COMMENT_LIMIT,
  SUMMARY_LIMIT,
  renderMarkdown,
  DbtRunner,
  secondsSince,
  staleWarning,
  folderStateStore,
  quoteIdent,
  PostgresWarehouse,
  productionSchemaOf,
  connectSettingsWarehouse
};
